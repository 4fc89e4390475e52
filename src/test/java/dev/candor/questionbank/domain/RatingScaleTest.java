package dev.candor.questionbank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingScaleTest {

    private static final RatingScale TWENTY = new RatingScale(20);

    /** The same cases the page's evidence.test.js reads: both sides count alike. */
    @Test
    void theServerCountsEvidenceExactlyAsThePageDoesCaseBySharedCase() throws IOException {
        JsonObject shared;
        try (InputStream in =
                RatingScaleTest.class.getResourceAsStream(
                        "/dev/candor/scoring/evidence-cases.json")) {
            shared = Json.createReader(in).readObject();
        }
        assertEquals(
                RatingScale.EVIDENCE_PROMPTS,
                shared.getJsonArray("prompts")
                        .getValuesAs(v -> ((jakarta.json.JsonString) v).getString()),
                "the cases use the scale's prompts");
        for (JsonObject c : shared.getJsonArray("cases").getValuesAs(JsonObject.class)) {
            assertEquals(
                    c.getInt("length"),
                    RatingScale.evidenceLength(c.getString("notes")),
                    c.getString("notes"));
        }
    }

    @Test
    void theEmptySituationTaskActionResultTemplateIsNoEvidence() {
        String template = "Situation: \nTask: \nAction: \nResult: ";

        assertEquals(0, RatingScale.evidenceLength(template));
        assertFalse(TWENTY.hasEvidenceFor(5, template));
        assertFalse(TWENTY.hasEvidenceFor(1, template + "\n\n   \t\n"));
        assertTrue(TWENTY.hasEvidenceFor(5, "Situation: " + "x".repeat(20) + "\nTask: "));
    }

    @Test
    void onlyTheExtremesNeedEvidence() {
        assertEquals(List.of(1, 5), RatingScale.scoresNeedingEvidence());
        assertTrue(TWENTY.hasEvidenceFor(3, null));
        assertFalse(TWENTY.hasEvidenceFor(1, null));
        assertTrue(new RatingScale(0).hasEvidenceFor(5, null), "a minimum of 0 switches it off");
    }

    @Test
    void theScaleRunsFromOneToFive() {
        assertEquals(List.of(1, 2, 3, 4, 5), RatingScale.scores());
        assertEquals(5, RatingScale.size());
        assertFalse(RatingScale.contains(0));
        assertFalse(RatingScale.contains(6));
        assertTrue(RatingScale.contains(1) && RatingScale.contains(5));
    }

    @Test
    void charactersAreCountedAsCodePointsNotUtf16Units() {
        assertEquals(20, RatingScale.evidenceLength("👍".repeat(20)));
        assertFalse(TWENTY.hasEvidenceFor(5, "👍".repeat(19)), "38 UTF-16 units, 19 characters");
    }

    @Test
    void aNegativeEvidenceMinimumIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new RatingScale(-1));
    }
}
