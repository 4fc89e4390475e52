package dev.candor.planning.api;

import dev.candor.planning.domain.CandidateDetails;
import java.util.List;

/**
 * The body of POST and PUT on a candidate; {@code timeZone} is a region id such as Europe/Berlin;
 * {@code links} and {@code source} (the profile) are left as they are when absent.
 */
public record CandidateBody(
        String name,
        String email,
        String phone,
        String notes,
        String status,
        String timeZone,
        List<String> links,
        String source) {

    CandidateDetails details() {
        return new CandidateDetails(name, email, phone, notes, timeZone);
    }
}
