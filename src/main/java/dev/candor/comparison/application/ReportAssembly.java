package dev.candor.comparison.application;

import dev.candor.comparison.domain.CandidateRatings;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the read model's rows into the candidate report and the opening comparison, feeding the
 * statistics of {@code comparison.domain}. Plain Java: no database, no access checks (the service
 * has done them). Each section has a class of its own: {@link ReportMatrix}, {@link
 * ReportStatistics}, {@link ReportRecommendations}, {@link OpeningAssembly}.
 */
public final class ReportAssembly {

    private ReportAssembly() {}

    /**
     * What the opening comparison lists: a candidate status and a stage name, each null for all.
     */
    public record Filter(String status, String stage) {

        public static final Filter ALL = new Filter(null, null);

        boolean accepts(String candidateStatus, String candidateStage) {
            return (status == null || status.isBlank() || status.equalsIgnoreCase(candidateStatus))
                    && (stage == null || stage.isBlank() || stage.equals(candidateStage));
        }
    }

    public static CandidateReport candidateReport(
            CandidateHeader header,
            List<SeatRow> seats,
            List<RatingRow> rows,
            List<AmendmentRow> amendments,
            double disagreementThreshold) {
        CandidateSheet sheet = CandidateSheet.of(header.candidateId(), seats, rows);
        CandidateRatings statistics = sheet.statistics();
        Map<String, QuestionFigures> figures =
                ReportStatistics.questionFigures(statistics, sheet, disagreementThreshold);
        ReportRecommendations panel = ReportRecommendations.of(seats, amendments);
        return new CandidateReport(
                header.candidateId(),
                header.name(),
                header.status(),
                PanelSeats.currentStage(seats),
                header.openingId(),
                header.openingTitle(),
                panel.submitted().size(),
                panel.expected(),
                panel.pending(),
                statistics == null ? null : Score.of(statistics.panelScore()),
                interviewers(sheet, statistics),
                ReportMatrix.of(sheet, figures),
                List.copyOf(figures.values()),
                ReportStatistics.discussFirst(statistics, figures, disagreementThreshold),
                ReportStatistics.competencyFigures(statistics, sheet),
                panel.submitted(),
                panel.tally(),
                ReportStatistics.agreement(statistics),
                disagreementThreshold);
    }

    private static List<Interviewer> interviewers(
            CandidateSheet sheet, CandidateRatings statistics) {
        Map<String, Double> scores = statistics == null ? Map.of() : statistics.interviewerScores();
        return sheet.interviewers.stream()
                .map(u -> new Interviewer(u, sheet.displayNames.get(u), scores.get(u)))
                .toList();
    }

    /**
     * @param withheld candidates whose results the viewer may not see yet (their own scorecard is
     *     pending): listed without figures, and their ratings take no part in any statistic
     */
    public static OpeningComparison openingComparison(
            long openingId,
            String openingTitle,
            List<CandidateRow> candidates,
            List<SeatRow> seats,
            List<RatingRow> rows,
            Set<Long> withheld,
            boolean adjusted,
            Filter filter) {
        return OpeningAssembly.of(
                openingId, openingTitle, candidates, seats, rows, withheld, adjusted, filter);
    }
}
