package dev.candor.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;

/** Until scoring is installed: nothing started, nothing submitted. */
@ApplicationScoped
public class DefaultScoringProgress implements ScoringProgress {

    @Override
    public boolean hasStarted(long interviewId) {
        return false;
    }

    @Override
    public boolean hasStarted(long interviewId, String username) {
        return false;
    }

    @Override
    public Map<Long, Progress> progressOf(Collection<Long> interviewIds) {
        return Map.of();
    }
}
