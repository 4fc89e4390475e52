package dev.candor.comparison.application;

import dev.candor.comparison.domain.ConfidenceInterval;
import dev.candor.comparison.domain.PanelScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the candidate report and the opening comparison show, as records that the REST API returns
 * as they are. A statistic that is not defined is null (shown as "not enough data"), never NaN or a
 * made-up number.
 */
public final class Views {

    private Views() {}

    public static Double orNull(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble())
                ? value.getAsDouble()
                : null;
    }

    /** A 95% t-interval; null where one interviewer gives none. */
    public record Interval(double lower, double upper) {

        static Interval of(java.util.Optional<ConfidenceInterval> interval) {
            return interval.map(i -> new Interval(i.lower(), i.upper())).orElse(null);
        }
    }

    /** A panel score: the mean of the interviewers' own scores, with its interval. */
    public record Score(double score, Interval interval, int interviewers) {

        static Score of(PanelScore score) {
            return score == null
                    ? null
                    : new Score(score.score(), Interval.of(score.interval()), score.interviewers());
        }
    }

    /** The interviewers' overall recommendations, counted per submitted scorecard. */
    public record Tally(int strongNo, int no, int yes, int strongYes) {

        public static final Tally NONE = new Tally(0, 0, 0, 0);

        public int total() {
            return strongNo + no + yes + strongYes;
        }

        Tally plus(String recommendation) {
            if (recommendation == null) {
                return this;
            }
            return switch (recommendation) {
                case "STRONG_NO" -> new Tally(strongNo + 1, no, yes, strongYes);
                case "NO" -> new Tally(strongNo, no + 1, yes, strongYes);
                case "YES" -> new Tally(strongNo, no, yes + 1, strongYes);
                case "STRONG_YES" -> new Tally(strongNo, no, yes, strongYes + 1);
                default -> this;
            };
        }
    }

    /**
     * Agreement of one candidate's panel, questions as units.
     *
     * @param iccQuestions the questions every panel member scored, on which the ICCs rest
     */
    public record Agreement(
            String level,
            Double icc21,
            Double icc2k,
            int iccQuestions,
            int iccRaters,
            Double alphaInterval) {

        public static final String CANDIDATE_LEVEL = "CANDIDATE_QUESTIONS_AS_UNITS";
        public static final String OPENING_LEVEL = "OPENING_CANDIDATES_AS_UNITS";
    }

    /** Per-question figures; standardDeviation and rwg are null with fewer than two scores. */
    public record QuestionFigures(
            String question,
            String text,
            String competency,
            int n,
            double mean,
            Double standardDeviation,
            double lowest,
            double highest,
            double range,
            boolean disagreement,
            Double rwg) {}

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

    /** A question row of the matrix; figures is null when every interviewer skipped it. */
    public record MatrixRow(
            String question,
            String text,
            String stage,
            List<Cell> cells,
            QuestionFigures figures) {}

    /** The matrix rows of one competency. */
    public record CompetencyBlock(String competency, List<MatrixRow> questions) {}

    /**
     * A competency's panel mean, interval, and each interviewer's own mean (for the profile chart).
     */
    public record CompetencyFigures(
            String competency,
            double mean,
            Interval interval,
            double lowest,
            double highest,
            Map<String, Double> byInterviewer) {}

    /** A column of the matrix: an interviewer whose scorecard for the candidate is submitted. */
    public record Interviewer(String username, String displayName, Double score) {}

    /** An amendment after submission, with the reason given. */
    public record AmendmentNote(String amendedBy, Instant amendedAt, String reason) {}

    /** One submitted scorecard's overall call; {@code scorecardId} leads to its audit trail. */
    public record RecommendationView(
            long scorecardId,
            String interviewer,
            String displayName,
            String stage,
            String recommendation,
            String summary,
            Instant submittedAt,
            boolean amended,
            List<AmendmentNote> amendments) {}

    /** A panel member whose scorecard is not submitted yet. */
    public record PendingView(String interviewer, String displayName, String stage) {}

    public record CandidateReport(
            long candidateId,
            String candidateName,
            String candidateStatus,
            String stage,
            long openingId,
            String openingTitle,
            int scorecardsSubmitted,
            int scorecardsExpected,
            List<PendingView> pending,
            Score panelScore,
            List<Interviewer> interviewers,
            List<CompetencyBlock> matrix,
            List<QuestionFigures> questions,
            List<QuestionFigures> discussFirst,
            List<CompetencyFigures> competencies,
            List<RecommendationView> recommendations,
            Tally tally,
            Agreement agreement,
            double disagreementThreshold) {

        public boolean hasResults() {
            return !interviewers.isEmpty();
        }
    }

    /**
     * One candidate's row of the opening comparison; scores are null while nobody has submitted.
     *
     * @param panel the usernames of the interviewers whose scorecards are submitted, sorted; empty
     *     while the results are withheld
     */
    public record RankedCandidate(
            Integer rank,
            long candidateId,
            String name,
            String status,
            String stage,
            Double panelScore,
            Interval interval,
            int interviewers,
            Map<String, Double> competencyScores,
            Tally tally,
            int scorecardsSubmitted,
            int scorecardsExpected,
            boolean withheld,
            Double icc21,
            Double icc2k,
            Double alphaInterval,
            List<String> panel) {

        /** Whether every panel member who is expected to has submitted. */
        public boolean complete() {
            return scorecardsExpected > 0 && scorecardsSubmitted >= scorecardsExpected;
        }
    }

    /**
     * An interviewer's leniency: the mean of (their score - the mean of the other panel members'
     * scores) on the same candidate and question; null until they co-rated {@code minimum}
     * candidates.
     */
    public record Leniency(
            String interviewer,
            String displayName,
            Double leniency,
            int coRatedRatings,
            int coRatedCandidates) {}

    /**
     * @param alphaInterval Krippendorff's alpha (interval) of the interviewers' overall scores,
     *     candidates as units; null when not defined
     * @param panelsDiffer whether candidates had different panels (then a two-way ICC across
     *     candidates is not defined, and alpha is the opening-level figure)
     */
    public record OpeningComparison(
            long openingId,
            String openingTitle,
            boolean adjusted,
            List<String> competencies,
            List<String> stages,
            List<String> statuses,
            List<RankedCandidate> candidates,
            List<Leniency> interviewers,
            int minimumCoRatedCandidates,
            Double alphaInterval,
            String alphaLevel,
            boolean panelsDiffer,
            int candidatesTotal) {}
}
