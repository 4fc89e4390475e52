package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionKey;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import is checked against: the bank's competencies and the questions already active in
 * it.
 */
public record ImportContext(Collection<Competency> competencies, Set<QuestionKey> activeQuestions) {

    public ImportContext {
        competencies = List.copyOf(competencies);
        activeQuestions = Set.copyOf(activeQuestions);
    }

    public static ImportContext emptyBank() {
        return new ImportContext(List.of(), Set.of());
    }

    public static ImportContext forBank(
            Collection<Competency> competencies, Collection<Question> questions) {
        Set<QuestionKey> active =
                questions.stream()
                        .filter(Question::isActive)
                        .map(Question::key)
                        .collect(Collectors.toSet());
        return new ImportContext(competencies, active);
    }
}
