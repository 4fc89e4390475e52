package dev.candor.scoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptElementJsonTest {

    private static final String NOTES = "<!--<script>alert(1)</script> & <b>bold</b> -->";

    @Test
    void notesThatLookLikeMarkupCannotEndOrDisarmThePagesDataElement() {
        String embedded =
                ScriptTexts.forScriptElement(
                        Json.createObjectBuilder().add("notes", NOTES).build());
        assertFalse(embedded.contains("<"), embedded);
        assertFalse(embedded.contains(">"), embedded);
        assertFalse(embedded.contains("&"), embedded);
    }

    @Test
    void theScriptReadsBackExactlyWhatWasWritten() {
        String embedded =
                ScriptTexts.forScriptElement(
                        Json.createObjectBuilder().add("notes", NOTES).build());
        JsonObject read = Json.createReader(new StringReader(embedded)).readObject();
        assertEquals(NOTES, read.getString("notes"));
    }
}
