package dev.candor.scoring.application;

import dev.candor.scoring.domain.Rating;
import dev.candor.scoring.domain.Recommendation;
import dev.candor.scoring.domain.Scorecard;
import dev.candor.scoring.domain.ScorecardStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A whole scorecard: the interview, each question (position from 1, with guidance, probes and
 * anchors) with what is saved for it, and the recommendation and summary: the interviewer's draft
 * until submission, with {@code draftRevision} (0 = no draft save yet) for the autosave. {@code
 * interview} is null when planning does not know the interview.
 */
public record ScorecardDetail(
        long id,
        long interviewId,
        String interviewer,
        ScorecardStatus status,
        boolean withdrawn,
        Recommendation recommendation,
        String summary,
        long draftRevision,
        Instant draftUpdatedAt,
        Instant startedAt,
        Instant submittedAt,
        Instant amendedAt,
        InterviewSummary interview,
        List<Item> questions) {

    public ScorecardDetail {
        questions = List.copyOf(questions);
    }

    /**
     * The scorecard with its questions in order, each with what is saved at its position.
     *
     * @param interview null when planning does not know the interview
     */
    static ScorecardDetail of(
            Scorecard scorecard,
            List<ScorecardQuestion> questions,
            Map<Integer, Rating> ratings,
            InterviewSummary interview) {
        List<ScorecardDetail.Item> items =
                questions.stream()
                        .map(
                                question ->
                                        new ScorecardDetail.Item(
                                                question.position(),
                                                question,
                                                RatingView.of(ratings.get(question.position()))))
                        .toList();
        return new ScorecardDetail(
                scorecard.getId(),
                scorecard.getInterviewId(),
                scorecard.getInterviewer(),
                scorecard.getStatus(),
                scorecard.isWithdrawn(),
                scorecard.getRecommendation(),
                scorecard.getSummary(),
                scorecard.getDraftRevision(),
                scorecard.getDraftUpdatedAt(),
                scorecard.getStartedAt(),
                scorecard.getSubmittedAt(),
                scorecard.getAmendedAt(),
                interview,
                items);
    }

    public boolean amended() {
        return amendedAt != null;
    }

    public record Item(int position, ScorecardQuestion question, RatingView rating) {}
}
