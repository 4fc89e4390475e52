package dev.candor.planning.application;

import java.util.Collection;
import java.util.Map;

/**
 * How far scoring has got with interviews: the port through which planning learns it, without
 * depending on the scoring capability.
 *
 * <p>Planning ships {@link DefaultScoringProgress} ("nothing started, nothing submitted"). The
 * scoring capability provides the real implementation as an {@code @ApplicationScoped} bean; it
 * should be annotated {@code @Alternative @Priority(100)} so that it replaces the default
 * everywhere. Planning looks the port up through {@code Instance<ScoringProgress>} and prefers any
 * bean other than the default even without that annotation (see {@link ScoringProgressSource}).
 *
 * <p>Planning uses it to decide freezing: before it changes an interview's questions it asks {@link
 * #hasStarted(long)}, and freezes instead of changing when scoring has started. Scoring should also
 * call {@link InterviewQuestions#freeze(long)} when the first scorecard of an interview starts.
 */
public interface ScoringProgress {

    /**
     * Scorecards of an interview: how many are submitted, how many are expected (one per panel
     * member).
     */
    record Progress(int submitted, int expected) {

        public static final Progress NONE = new Progress(0, 0);
    }

    /**
     * Whether any panel member has started scoring the interview (a scorecard is no longer empty).
     */
    boolean hasStarted(long interviewId);

    /** Whether this panel member has started scoring the interview. */
    boolean hasStarted(long interviewId, String username);

    /**
     * Progress per interview. Interviews the implementation knows nothing about may be left out;
     * planning then counts 0 submitted of one scorecard per active panel member.
     */
    Map<Long, Progress> progressOf(Collection<Long> interviewIds);

    /**
     * Whether this panel member has submitted their scorecard, for the interviewer's home page
     * (drafts and overdue scorecards). Optional for implementations: the default says no.
     */
    default boolean hasSubmitted(long interviewId, String username) {
        return false;
    }
}
