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
        double disagreementThreshold) {

    public boolean hasResults() {
        return !interviewers.isEmpty();
    }
}
