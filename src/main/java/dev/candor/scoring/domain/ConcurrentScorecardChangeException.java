package dev.candor.scoring.domain;

import dev.candor.shared.domain.ConflictException;

/**
 * Two requests changed the same scorecard at the same moment and this one lost; sending it again is
 * safe.
 */
public class ConcurrentScorecardChangeException extends ConflictException {

    public ConcurrentScorecardChangeException() {
        super(
                "This scorecard was changed at the same moment by another request, probably another tab; "
                        + "nothing of this request was stored. Send it again.");
    }
}
