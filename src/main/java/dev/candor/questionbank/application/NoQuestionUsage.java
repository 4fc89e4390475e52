package dev.candor.questionbank.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Until interview plans exist, no question is in use. An {@code @Alternative @Priority}
 * implementation of {@link QuestionUsage} (from the planning capability) takes precedence over this
 * one automatically.
 */
@ApplicationScoped
public class NoQuestionUsage implements QuestionUsage {

    @Override
    public boolean isInUse(long questionId) {
        return false;
    }

    @Override
    public List<String> usedBy(long questionId) {
        return List.of();
    }
}
