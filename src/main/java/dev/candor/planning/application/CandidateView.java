package dev.candor.planning.application;

import dev.candor.planning.domain.Candidate;

public record CandidateView(
        long id,
        long openingId,
        String name,
        String email,
        String phone,
        String notes,
        String status,
        String timeZone,
        java.util.List<String> links,
        String source)
        implements java.io.Serializable {

    static CandidateView of(Candidate candidate) {
        return new CandidateView(
                candidate.getId(),
                candidate.getOpening().getId(),
                candidate.getName(),
                candidate.getEmail(),
                candidate.getPhone(),
                candidate.getNotes(),
                candidate.getStatus().name(),
                candidate.getTimeZone(),
                candidate.getProfile().links(),
                candidate.getProfile().source());
    }
}
