package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.Competency;
import java.util.List;

/**
 * Everything an accepted file adds to the bank. The new competencies must be stored before the
 * questions, which refer to them.
 */
public record ImportBatch(List<Competency> newCompetencies, List<ImportedQuestion> questions) {

    public ImportBatch {
        newCompetencies = List.copyOf(newCompetencies);
        questions = List.copyOf(questions);
    }
}
