package dev.candor.comparison.application;

/**
 * One cell of the matrix. state is SCORED, SKIPPED, or NOT_ASKED (the interviewer was not asked
 * it).
 */
public record Cell(
        String interviewer, String state, Integer score, String skipReason, String notes) {

    public boolean scored() {
        return "SCORED".equals(state);
    }

    public boolean skipped() {
        return "SKIPPED".equals(state);
    }

    public boolean hasNotes() {
        return notes != null && !notes.isBlank();
    }
}
