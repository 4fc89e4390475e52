package dev.candor.scoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Scorecards for tests: one interview, candidate 7, interviewer alice. */
final class Cards {

    static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
    static final Instant LATER = Instant.parse("2025-03-03T09:05:00Z");
    static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");
    static final String EVIDENCE =
            "Led the migration, wrote the rollback plan and ran the cut-over.";
    static final SubmissionRules RULES = new SubmissionRules(20);

    private Cards() {}

    static Scorecard notStarted() {
        return Scorecard.assign(11, 7, "alice", MONDAY);
    }

    static Scorecard started(int questions) {
        Scorecard scorecard = notStarted();
        scorecard.start(questions, MONDAY);
        return scorecard;
    }

    static RatingInput score(int score, long revision) {
        return new RatingInput(score, false, null, null, revision);
    }

    static RatingInput input(RatingContent content, long revision) {
        return new RatingInput(
                content.score(),
                content.skipped(),
                content.skipReason(),
                content.notes(),
                revision);
    }

    static RatingContent scored(int score, String notes) {
        return new RatingContent(score, false, null, notes);
    }

    static RatingContent skipped(String reason) {
        return new RatingContent(null, true, reason, null);
    }

    /**
     * A started scorecard holding these ratings (positions 1..n), each saved once at revision 1.
     */
    static Rated rated(RatingContent... contents) {
        Scorecard scorecard = started(contents.length);
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < contents.length; i++) {
            ratings.add(scorecard.saveRating(null, i + 1, input(contents[i], 1), MONDAY).rating());
        }
        return new Rated(scorecard, ratings);
    }

    /** A submitted scorecard: 3 questions scored 3, 4 and 5 (with evidence), YES. */
    static Rated submitted() {
        Rated rated = rated(scored(3, null), scored(4, "Clear example"), scored(5, EVIDENCE));
        rated.scorecard()
                .submit(rated.ratings(), Recommendation.YES, "Solid on ownership.", RULES, LATER);
        return rated;
    }

    record Rated(Scorecard scorecard, List<Rating> ratings) {

        Rating at(int position) {
            return ratings.get(position - 1);
        }
    }
}
