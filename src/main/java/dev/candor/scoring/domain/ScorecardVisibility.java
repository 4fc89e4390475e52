package dev.candor.scoring.domain;

import dev.candor.identity.domain.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may read a scorecard. Independence comes first: nobody reads another person's scores, notes
 * or recommendation before they are submitted, and a panel member who has not yet submitted their
 * own scorecard for the candidate reads no one else's, whatever other roles they hold. Beyond that,
 * a submitted scorecard is open to admins, recruiters, the opening's hiring managers, and
 * interviewers who have submitted their own scorecard for the same candidate. Its owner always
 * reads their own.
 */
public final class ScorecardVisibility {

    /** The viewer's own (not withdrawn) scorecards for the candidate of the scorecard looked at. */
    public enum OwnScorecard {
        /** The viewer is not (or no longer) on any panel for this candidate. */
        NONE,
        /** The viewer has at least one own scorecard for this candidate not yet submitted. */
        PENDING,
        /** Every own scorecard of the viewer for this candidate is submitted. */
        SUBMITTED
    }

    /**
     * @param hiringManagerOfOpening whether the viewer is a hiring manager of the scorecard's
     *     opening
     */
    public record Viewer(
            String username, Set<Role> roles, boolean hiringManagerOfOpening, OwnScorecard own) {

        public Viewer {
            Objects.requireNonNull(username);
            roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            Objects.requireNonNull(own);
        }
    }

    /** What one decision was based on, so a refusal can say why. */
    public enum Decision {
        OWN(true),
        NOT_SUBMITTED(false),
        OWN_PENDING(false),
        STAFF(true),
        HIRING_MANAGER(true),
        FELLOW_INTERVIEWER(true),
        NO_RELATION(false);

        private final boolean visible;

        Decision(boolean visible) {
            this.visible = visible;
        }

        public boolean isVisible() {
            return visible;
        }
    }

    private ScorecardVisibility() {}

    public static boolean maySee(Viewer viewer, String owner, ScorecardStatus status) {
        return decide(viewer, owner, status).isVisible();
    }

    public static Decision decide(Viewer viewer, String owner, ScorecardStatus status) {
        if (viewer.username().equals(owner)) {
            return Decision.OWN;
        }
        if (status != ScorecardStatus.SUBMITTED) {
            return Decision.NOT_SUBMITTED;
        }
        if (viewer.own() == OwnScorecard.PENDING) {
            return Decision.OWN_PENDING;
        }
        if (viewer.roles().contains(Role.ADMIN) || viewer.roles().contains(Role.RECRUITER)) {
            return Decision.STAFF;
        }
        if (viewer.hiringManagerOfOpening() && viewer.roles().contains(Role.HIRING_MANAGER)) {
            return Decision.HIRING_MANAGER;
        }
        if (viewer.own() == OwnScorecard.SUBMITTED) {
            return Decision.FELLOW_INTERVIEWER;
        }
        return Decision.NO_RELATION;
    }

    /** Sums up the statuses of the viewer's own scorecards for one candidate. */
    public static OwnScorecard own(Iterable<ScorecardStatus> statuses) {
        OwnScorecard own = OwnScorecard.NONE;
        for (ScorecardStatus status : statuses) {
            if (status != ScorecardStatus.SUBMITTED) {
                return OwnScorecard.PENDING;
            }
            own = OwnScorecard.SUBMITTED;
        }
        return own;
    }
}
