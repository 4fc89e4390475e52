package dev.candor.debrief.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.shared.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionRecordTest {

    private static final List<String> KNOWN = List.of("Ownership", "Service recovery");

    private static DecisionRecord record(DecisionRecord.Request request, boolean departs) {
        return DecisionRecord.record(
                7, request, KNOWN, v -> departs && v == Verdict.HIRE, null, "hm", Instant.EPOCH);
    }

    @Test
    void aDecisionCitesACompetencyAndSaysWhoWasPresent() {
        DecisionRecord record =
                record(
                        new DecisionRecord.Request(
                                "hire",
                                "Strong ownership.",
                                List.of("ownership"),
                                List.of("ana", "ben"),
                                null),
                        false);
        assertEquals(Verdict.HIRE, record.getDecision());
        assertEquals(List.of("Ownership"), record.getCompetencies());
        assertEquals(List.of("ana", "ben"), record.getPresent());
        assertFalse(record.isDeparts());
    }

    @Test
    void everythingMissingIsListedAtOnce() {
        InvalidInputException refused =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                record(
                                        new DecisionRecord.Request(
                                                "maybe",
                                                " ",
                                                List.of("Telepathy"),
                                                List.of(),
                                                null),
                                        false));
        assertEquals(
                Set.of("decision", "rationale", "competencies", "present"),
                refused.problems().keySet());
    }

    @Test
    void aDepartureFromThePanelNeedsItsOwnReason() {
        InvalidInputException refused =
                assertThrows(
                        InvalidInputException.class,
                        () ->
                                record(
                                        new DecisionRecord.Request(
                                                "HIRE",
                                                "r",
                                                List.of("Ownership"),
                                                List.of("ana"),
                                                null),
                                        true));
        assertEquals(Set.of("departureReason"), refused.problems().keySet());
        assertTrue(
                record(
                                new DecisionRecord.Request(
                                        "HIRE",
                                        "r",
                                        List.of("Ownership"),
                                        List.of("ana"),
                                        "Team needs it."),
                                true)
                        .isDeparts());
    }

    @Test
    void hiringAgainstTheNumbersOrRejectingDespiteThemDeparts() {
        assertTrue(Departure.departs(Verdict.HIRE, 2.5, true));
        assertTrue(Departure.departs(Verdict.HIRE, 4.0, false));
        assertFalse(Departure.departs(Verdict.HIRE, 3.0, true));
        assertTrue(Departure.departs(Verdict.NO_HIRE, 3.5, true));
        assertFalse(Departure.departs(Verdict.NO_HIRE, 3.5, false));
        assertFalse(Departure.departs(Verdict.HOLD, 1.0, false));
    }
}
