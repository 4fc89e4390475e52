package dev.candor.scoring.application;

import java.util.List;
import java.util.Optional;

/**
 * Scoring's port to planning: what scoring needs to know about interviews. Planning implements it
 * as a CDI bean; scoring looks it up through {@code Instance<InterviewDirectory>}, so the
 * application deploys without one (and scoring then refuses work that needs it). Implementations do
 * no access checks: scoring has done them and only asks about interviews of scorecards it holds.
 */
public interface InterviewDirectory {

    Optional<InterviewSummary> interview(long interviewId);

    /**
     * The interview's questions by position (from 1), as they stand (frozen once {@link #freeze}
     * ran).
     */
    List<ScorecardQuestion> questions(long interviewId);

    /**
     * Called when the first interviewer starts scoring: from now on the interview's questions (and
     * their order) must not change, so the positions scorecards refer to keep their meaning.
     * Idempotent.
     */
    void freeze(long interviewId);

    /** Whether this person is a hiring manager of this opening. */
    boolean isHiringManager(long openingId, String username);
}
