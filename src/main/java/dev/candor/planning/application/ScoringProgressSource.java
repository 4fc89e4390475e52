package dev.candor.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Picks the {@link ScoringProgress} to use: the only one, the enabled alternative, or else any bean
 * that is not {@link DefaultScoringProgress}.
 */
@ApplicationScoped
public class ScoringProgressSource {

    @Inject private Instance<ScoringProgress> candidates;

    private volatile ScoringProgress chosen;

    public ScoringProgress get() {
        ScoringProgress result = chosen;
        if (result == null) {
            result = choose();
            chosen = result;
        }
        return result;
    }

    private ScoringProgress choose() {
        if (candidates.isResolvable()) {
            return candidates.get();
        }
        ScoringProgress fallback = null;
        for (Instance.Handle<ScoringProgress> handle : candidates.handles()) {
            if (handle.getBean().getBeanClass() != DefaultScoringProgress.class) {
                return handle.get();
            }
            fallback = handle.get();
        }
        return fallback == null ? new DefaultScoringProgress() : fallback;
    }
}
