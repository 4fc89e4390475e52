package dev.candor.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Where a question came from, such as the seed article behind a starter-library question. */
@Embeddable
public class QuestionSource {

    public static final TextRule FILE = new TextRule(200, false);
    public static final TextRule IDEA = new TextRule(500, false);

    @Column(name = "source_file", length = 200)
    private String file;

    @Column(name = "source_idea", length = 500)
    private String idea;

    protected QuestionSource() {}

    public QuestionSource(String file, String idea) {
        List<ContentProblem> problems = problemsWith(file, idea);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        this.file = TextRule.normalise(file);
        this.idea = TextRule.normalise(idea);
    }

    public static List<ContentProblem> problemsWith(String file, String idea) {
        List<ContentProblem> problems = new ArrayList<>();
        FILE.problemWith(file)
                .ifPresent(p -> problems.add(ContentProblem.of(QuestionField.SOURCE_FILE, p)));
        IDEA.problemWith(idea)
                .ifPresent(p -> problems.add(ContentProblem.of(QuestionField.SOURCE_IDEA, p)));
        if (TextRule.normalise(file).isEmpty() && TextRule.normalise(idea).isEmpty()) {
            problems.add(
                    ContentProblem.of(
                            QuestionField.SOURCE_FILE, "a source needs a file or an idea"));
        }
        return problems;
    }

    public String getFile() {
        return file;
    }

    public String getIdea() {
        return idea;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionSource that
                && Objects.equals(file, that.file)
                && Objects.equals(idea, that.idea);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, idea);
    }

    @Override
    public String toString() {
        return file + " (" + idea + ")";
    }
}
