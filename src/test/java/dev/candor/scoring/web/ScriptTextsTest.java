package dev.candor.scoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.candor.shared.infrastructure.web.Text;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ScriptTextsTest {

    private static JsonObject texts(TextLimits limits) {
        String json =
                ScriptTexts.json(
                        ResourceBundle.getBundle(Text.BUNDLE, Locale.ENGLISH),
                        Locale.ENGLISH,
                        limits);
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void messagesAboutATextTooLongNameTheLimitTheDomainEnforces() {
        JsonObject texts = texts(TextLimits.OF_THE_DOMAIN);

        assertEquals(
                "Notes have at most 20,000 characters; nothing was cut, please shorten them.",
                texts.getString("problem.notes"));
        assertEquals(
                "The reason has at most 2,000 characters; nothing was cut, please shorten it.",
                texts.getString("amendProblem.reason"));
    }

    @Test
    void aChangedLimitChangesTheMessage() {
        JsonObject texts = texts(new TextLimits(100, 50, 300, 40));

        assertEquals(
                "A reason for not asking has at most 50 characters; nothing was cut, please shorten it.",
                texts.getString("problem.skipReason"));
        assertEquals(
                "A summary has at most 300 characters; nothing was cut, please shorten it.",
                texts.getString("problem.summary"));
    }

    @Test
    void theScriptsOwnPlaceholdersAreLeftForTheScript() {
        JsonObject texts = texts(TextLimits.OF_THE_DOMAIN);

        assertEquals("Offline — {0} changes waiting", texts.getString("offline"));
        assertEquals(
                "Question {0} is scored {1}: a score of {3} or {4} needs notes of at least {2} characters as evidence.",
                texts.getString("missing.EVIDENCE"));
    }

    @Test
    void aTextCannotEndTheScriptElementItSitsIn() {
        ResourceBundle bundle =
                new ListResourceBundle() {
                    @Override
                    protected Object[][] getContents() {
                        return new Object[][] {
                            {"scoring.js.odd", "Closes </script> early"},
                            {"other.key", "not the script's"}
                        };
                    }
                };

        String json = ScriptTexts.json(bundle, Locale.ENGLISH, TextLimits.OF_THE_DOMAIN);

        assertFalse(json.contains("</"), json);
        JsonObject texts = Json.createReader(new StringReader(json)).readObject();
        assertEquals(
                "Closes </script> early",
                texts.getString("odd"),
                "still the same text once parsed");
        assertEquals(1, texts.size(), "only the script's keys");
    }
}
