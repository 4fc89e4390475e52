package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.ContentProblem;
import dev.candor.questionbank.domain.QuestionContent;
import dev.candor.questionbank.domain.QuestionField;
import dev.candor.questionbank.domain.QuestionKey;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionSource;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.TextRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every question of one file against the domain rules and the bank, collecting all problems
 * rather than stopping at the first, because the person fixing the file wants the whole list.
 */
final class ImportValidation {

    static final int MAX_QUESTIONS = 5_000;

    private static final TextRule CHOICE = new TextRule(32, false);

    private final ImportContext context;
    private final Columns columns;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Competency> competencies = new HashMap<>();
    private final List<Competency> newCompetencies = new ArrayList<>();
    private final Map<QuestionKey, Integer> rowsByKey = new HashMap<>();
    private final List<ImportedQuestion> questions = new ArrayList<>();

    ImportValidation(ImportContext context, Columns columns) {
        this.context = context;
        this.columns = columns;
        context.competencies()
                .forEach(
                        competency ->
                                competencies.put(lookupName(competency.getName()), competency));
    }

    private static String lookupName(String name) {
        return TextRule.normalise(name).toLowerCase(Locale.ROOT);
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
    }

    /** A competency the file defines; one the bank already has is used as it is. */
    void defineCompetency(String where, String name, String description, boolean active) {
        List<ImportProblem> found = new ArrayList<>();
        Competency.NAME
                .problemWith(name)
                .ifPresent(p -> found.add(ImportProblem.inColumn(where + ".name", p)));
        Competency.DESCRIPTION
                .problemWith(description)
                .ifPresent(p -> found.add(ImportProblem.inColumn(where + ".description", p)));
        if (!found.isEmpty()) {
            problems.addAll(found);
            return;
        }
        if (newCompetencies.stream().anyMatch(competency -> competency.isNamed(name))) {
            problems.add(
                    ImportProblem.inColumn(
                            where + ".name", "defines '" + name.strip() + "' a second time"));
            return;
        }
        if (!competencies.containsKey(lookupName(name))) {
            Competency competency = new Competency(name, description);
            if (!active) {
                competency.deactivate();
            }
            newCompetencies.add(competency);
            competencies.put(lookupName(name), competency);
        }
    }

    void tooManyQuestions() {
        problems.add(
                ImportProblem.inFile(
                        "The file holds more than "
                                + MAX_QUESTIONS
                                + " questions; split it into smaller files."));
    }

    void accept(QuestionRow row) {
        int problemsBefore = problems.size();
        Set<QuestionField> reported = EnumSet.noneOf(QuestionField.class);
        QuestionKind kind =
                choice(row, QuestionField.KIND, row.kind(), QuestionKind.class, reported)
                        .orElse(null);
        QuestionStatus status =
                choice(row, QuestionField.STATUS, row.status(), QuestionStatus.class, reported)
                        .orElse(QuestionStatus.DRAFT);
        Competency competency = competency(row, reported);
        QuestionContent content =
                new QuestionContent(
                        row.text(),
                        kind,
                        competency,
                        row.guidance(),
                        row.probes(),
                        row.anchors(),
                        row.tags());
        content.problems().stream()
                .filter(p -> !reported.contains(p.field()))
                .forEach(p -> report(row, p));
        if (status == QuestionStatus.ACTIVE) {
            content.activationProblems().forEach(p -> report(row, p));
        }
        QuestionSource source = source(row);
        checkDuplicate(row, content);
        if (problems.size() == problemsBefore) {
            questions.add(new ImportedQuestion(row.row(), content, status, source));
        }
    }

    private <E extends Enum<E>> Optional<E> choice(
            QuestionRow row,
            QuestionField field,
            String value,
            Class<E> type,
            Set<QuestionField> reported) {
        String text = TextRule.normalise(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        reported.add(field);
        Optional<String> problem = CHOICE.problemWith(text);
        if (problem.isPresent()) {
            report(row, field, problem.get());
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            String allowed =
                    Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .collect(Collectors.joining(", "));
            report(row, field, "'" + text + "' is not one of " + allowed);
            return Optional.empty();
        }
    }

    private Competency competency(QuestionRow row, Set<QuestionField> reported) {
        String name = TextRule.normalise(row.competency());
        if (name.isEmpty()) {
            return null;
        }
        reported.add(QuestionField.COMPETENCY);
        Optional<String> problem = Competency.NAME.problemWith(name);
        if (problem.isPresent()) {
            report(row, QuestionField.COMPETENCY, problem.get());
            return null;
        }
        Competency competency = competencies.get(lookupName(name));
        if (competency == null) {
            report(row, QuestionField.COMPETENCY, columns.unknownCompetency(name));
        } else if (!competency.isActive()) {
            report(
                    row,
                    QuestionField.COMPETENCY,
                    "the competency '"
                            + competency.getName()
                            + "' is inactive; activate it before importing questions for it");
        }
        return competency;
    }

    private QuestionSource source(QuestionRow row) {
        if (TextRule.normalise(row.sourceFile()).isEmpty()
                && TextRule.normalise(row.sourceIdea()).isEmpty()) {
            return null;
        }
        List<ContentProblem> found =
                QuestionSource.problemsWith(row.sourceFile(), row.sourceIdea());
        found.forEach(p -> report(row, p));
        return found.isEmpty() ? new QuestionSource(row.sourceFile(), row.sourceIdea()) : null;
    }

    private void checkDuplicate(QuestionRow row, QuestionContent content) {
        if (content.text().isEmpty() || TextRule.normalise(row.competency()).isEmpty()) {
            return;
        }
        QuestionKey key = new QuestionKey(content.text(), row.competency());
        if (context.activeQuestions().contains(key)) {
            report(
                    row,
                    QuestionField.TEXT,
                    "the bank already has this question as an active question for '"
                            + row.competency().strip()
                            + "'");
        }
        Integer earlier = rowsByKey.putIfAbsent(key, row.row());
        if (earlier != null) {
            report(
                    row,
                    QuestionField.TEXT,
                    "repeats the question in row " + earlier + " for the same competency");
        }
    }

    private void report(QuestionRow row, ContentProblem problem) {
        problems.add(
                new ImportProblem(
                        row.row(),
                        columns.of(problem.field(), problem.position()),
                        problem.message()));
    }

    private void report(QuestionRow row, QuestionField field, String message) {
        problems.add(new ImportProblem(row.row(), columns.of(field, 0), message));
    }

    ImportReport report() {
        if (problems.isEmpty() && questions.isEmpty()) {
            problems.add(ImportProblem.inFile("The file holds no questions."));
        }
        return problems.isEmpty()
                ? ImportReport.accepted(new ImportBatch(newCompetencies, questions))
                : ImportReport.refused(problems);
    }
}
