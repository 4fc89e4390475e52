package dev.candor.planning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateDetailsTest {

    @Test
    void emailsAreStoredInLowerCaseAndTrimmed() {
        assertEquals(
                "ann@example.com",
                new CandidateDetails("Ann", " Ann@Example.COM ", null, null).email());
    }

    @Test
    void anInternationalPhoneNumberIsNotMistakenForAFormula() {
        assertTrue(
                new CandidateDetails("Ann", "ann@example.com", "+44 20 7946 0958", null)
                        .problems()
                        .isEmpty());
    }

    @Test
    void eachFieldReportsItsOwnProblem() {
        CandidateDetails details =
                new CandidateDetails("=cmd()", "not-an-email", "call me", "x".repeat(4001));

        assertEquals(
                List.of("name", "email", "phone", "notes"),
                List.copyOf(details.problems().keySet()),
                "in form order");
        assertTrue(
                details.sentences().get("email").startsWith("The email is not an email address"));
    }

    @Test
    void aCandidatesTimeZoneIsOptionalButMustBeOneCandorKnows() {
        assertTrue(
                new CandidateDetails("Ann", "ann@example.com", null, null, "America/New_York")
                        .problems()
                        .isEmpty());
        assertTrue(
                new CandidateDetails("Ann", "ann@example.com", null, null, " ")
                        .problems()
                        .isEmpty());
        assertEquals(
                "The time zone is not one Candor knows: choose one such as Europe/Berlin or"
                        + " America/New_York.",
                new CandidateDetails("Ann", "ann@example.com", null, null, "Atlantis/Capital")
                        .sentences()
                        .get("timeZone"));
    }
}
