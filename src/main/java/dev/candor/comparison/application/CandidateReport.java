package dev.candor.comparison.application;

import java.util.List;

/** Everything the candidate report shows, as the API returns it. */
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
        double disagreementThreshold,
        List<ComparisonAdditions.RuleView> rules,
        String rulesSummary,
        List<ComparisonAdditions.FlagView> flags,
        boolean pseudonym) {

    public boolean hasResults() {
        return !interviewers.isEmpty();
    }

    /**
     * The report with what a capability above comparison adds (see {@link ComparisonAdditions}).
     */
    public CandidateReport with(ComparisonAdditions.CandidateAdditions additions) {
        return new CandidateReport(
                candidateId,
                additions.shownName(),
                candidateStatus,
                stage,
                openingId,
                openingTitle,
                scorecardsSubmitted,
                scorecardsExpected,
                pending,
                panelScore,
                interviewers,
                matrix,
                questions,
                discussFirst,
                competencies,
                recommendations,
                tally,
                agreement,
                disagreementThreshold,
                additions.rules(),
                additions.rulesSummary(),
                additions.flags(),
                additions.pseudonym());
    }
}
