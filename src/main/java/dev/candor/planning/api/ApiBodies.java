package dev.candor.planning.api;

import dev.candor.planning.application.InterviewView;
import dev.candor.planning.application.PlanSaved;
import dev.candor.planning.application.PlanView;
import dev.candor.planning.domain.PlanCoverage;
import dev.candor.shared.domain.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The JSON shapes of the planning API that differ from the application's views. */
final class ApiBodies {

    private ApiBodies() {}

    /**
     * Bean Validation on body parameters breaks Payara's OpenAPI generator (payara/Payara#7649).
     */
    static <T> T require(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "This call needs a JSON body.");
        }
        return body;
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field,
                    "\""
                            + value
                            + "\" is not a date and time with an offset, such as "
                            + "2025-05-12T10:00:00Z or 2025-05-12T12:00:00+02:00.");
        }
    }

    public record OpeningBody(
            String title,
            String team,
            String description,
            List<String> hiringManagers,
            List<String> keyCompetencies,
            Boolean blind) {}

    /** A plan after saving, with what happened to scheduled interviews. */
    public record SavedPlan(
            long openingId,
            List<PlanView.Stage> stages,
            List<String> warnings,
            int interviewsRefreshed,
            int interviewsKeptFrozen) {

        static SavedPlan of(PlanSaved saved) {
            return new SavedPlan(
                    saved.plan().openingId(),
                    saved.plan().stages(),
                    saved.plan().warnings(),
                    saved.interviewsRefreshed(),
                    saved.interviewsKeptFrozen());
        }
    }

    public record Coverage(List<String> stages, List<CoverageRow> rows, List<String> warnings) {

        static Coverage of(PlanCoverage coverage) {
            return new Coverage(
                    coverage.getStages(),
                    coverage.getRows().stream()
                            .map(
                                    r ->
                                            new CoverageRow(
                                                    r.competency(),
                                                    r.key(),
                                                    r.perStage(),
                                                    r.total()))
                            .toList(),
                    coverage.getWarnings());
        }
    }

    public record CoverageRow(String competency, boolean key, List<Integer> perStage, int total) {}

    public record VersionPreview(
            long questionId, int pinnedVersion, int newestVersion, List<Change> changes) {}

    public record Change(String field, String pinned, String newest) {}

    public record CandidateBody(
            String name, String email, String phone, String notes, String status) {}

    public record ImportResult(
            int imported, List<dev.candor.planning.application.CandidateView> candidates) {}

    /** {@code seniority}: per panel username JUNIOR, MID, SENIOR or LEAD (the debrief's order). */
    public record InterviewRequest(
            Long candidateId,
            String stage,
            String startsAt,
            Integer minutes,
            List<String> panel,
            java.util.Map<String, String> seniority) {}

    public record InterviewChange(
            String startsAt,
            Integer minutes,
            List<String> panel,
            java.util.Map<String, String> seniority) {}

    /** An interview; {@code warnings} only after creating or changing it (double bookings). */
    public record InterviewJson(
            long id,
            long openingId,
            String openingTitle,
            long candidateId,
            String candidateName,
            String stage,
            boolean stageInPlan,
            String startsAt,
            String endsAt,
            int minutes,
            List<String> panel,
            List<String> withdrawn,
            boolean frozen,
            int scorecardsSubmitted,
            int scorecardsExpected,
            List<String> warnings) {

        static InterviewJson of(InterviewView v, List<String> warnings) {
            return new InterviewJson(
                    v.id(),
                    v.openingId(),
                    v.openingTitle(),
                    v.candidateId(),
                    v.candidateName(),
                    v.stage(),
                    v.stageInPlan(),
                    v.startsAt().toString(),
                    v.endsAt().toString(),
                    v.minutes(),
                    v.panel(),
                    v.withdrawn(),
                    v.frozen(),
                    v.scorecardsSubmitted(),
                    v.scorecardsExpected(),
                    warnings);
        }

        static InterviewJson of(InterviewView v) {
            return of(v, List.of());
        }
    }
}
