package dev.candor.scoring.domain;

import dev.candor.shared.domain.ConflictException;

/**
 * A change to a scorecard that is submitted (amend it instead) or withdrawn (its interviewer left
 * the panel).
 */
public class ScorecardClosedException extends ConflictException {

    public ScorecardClosedException(String message) {
        super(message);
    }
}
