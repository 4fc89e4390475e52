package dev.candor.planning.api;

import dev.candor.planning.domain.CandidateDetails;

/**
 * The body of POST and PUT on a candidate; {@code timeZone} is a region id such as Europe/Berlin.
 */
public record CandidateBody(
        String name, String email, String phone, String notes, String status, String timeZone) {

    CandidateDetails details() {
        return new CandidateDetails(name, email, phone, notes, timeZone);
    }
}
