package dev.candor.questionbank.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything a person writes for one version of a question. Drafts may be incomplete; {@link
 * #problems()} lists what no version may hold, {@link #activationProblems()} what an active
 * question still needs.
 */
public record QuestionContent(
        String text,
        QuestionKind kind,
        Competency competency,
        String guidance,
        List<String> probes,
        List<RubricAnchor> anchors,
        List<String> tags) {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_GUIDANCE = 4000;
    public static final int MAX_PROBE = 500;
    public static final int MAX_PROBES = 5;
    public static final int MAX_TAG = 50;
    public static final int MAX_TAGS = 10;

    /**
     * The middle and both ends of the scale: without them an interviewer cannot place an answer.
     */
    public static final List<Integer> REQUIRED_SCORES = List.of(1, 3, 5);

    private static final TextRule TEXT = new TextRule(MAX_TEXT, true);
    private static final TextRule GUIDANCE = new TextRule(MAX_GUIDANCE, false);
    private static final TextRule PROBE = new TextRule(MAX_PROBE, true);
    private static final TextRule TAG = new TextRule(MAX_TAG, true);

    public QuestionContent {
        text = TextRule.normalise(text);
        guidance = TextRule.normalise(guidance);
        probes = normalised(probes);
        anchors =
                anchors == null
                        ? List.of()
                        : anchors.stream()
                                .sorted(Comparator.comparingInt(RubricAnchor::getScore))
                                .toList();
        tags = normalised(tags);
    }

    private static List<String> normalised(List<String> values) {
        return values == null ? List.of() : values.stream().map(TextRule::normalise).toList();
    }

    public Optional<RubricAnchor> anchorFor(int score) {
        return anchors.stream().filter(anchor -> anchor.getScore() == score).findFirst();
    }

    public List<ContentProblem> problems() {
        List<ContentProblem> problems = new ArrayList<>();
        TEXT.problemWith(text)
                .ifPresent(p -> problems.add(ContentProblem.of(QuestionField.TEXT, p)));
        if (kind == null) {
            problems.add(ContentProblem.of(QuestionField.KIND, "is required but empty"));
        }
        if (competency == null) {
            problems.add(ContentProblem.of(QuestionField.COMPETENCY, "is required but empty"));
        }
        GUIDANCE.problemWith(guidance)
                .ifPresent(p -> problems.add(ContentProblem.of(QuestionField.GUIDANCE, p)));
        checkProbes(problems::add);
        checkAnchors(problems::add);
        checkTags(problems::add);
        return problems;
    }

    private void checkProbes(Consumer<ContentProblem> report) {
        if (probes.size() > MAX_PROBES) {
            report.accept(
                    ContentProblem.of(
                            QuestionField.PROBES,
                            "has "
                                    + probes.size()
                                    + " probes; at most "
                                    + MAX_PROBES
                                    + " are allowed"));
        }
        for (int i = 0; i < probes.size(); i++) {
            int position = i + 1;
            PROBE.problemWith(probes.get(i))
                    .ifPresent(
                            p ->
                                    report.accept(
                                            new ContentProblem(QuestionField.PROBE, position, p)));
        }
    }

    private void checkAnchors(Consumer<ContentProblem> report) {
        Set<Integer> scores = new HashSet<>();
        for (RubricAnchor anchor : anchors) {
            int score = anchor.getScore();
            if (!scores.add(score)) {
                report.accept(
                        ContentProblem.of(
                                QuestionField.ANCHORS,
                                "has more than one anchor for score " + score));
            }
            RubricAnchor.LABEL
                    .problemWith(anchor.getLabel())
                    .ifPresent(
                            p ->
                                    report.accept(
                                            new ContentProblem(
                                                    QuestionField.ANCHOR_LABEL, score, p)));
            RubricAnchor.DESCRIPTION
                    .problemWith(anchor.getDescription())
                    .ifPresent(
                            p ->
                                    report.accept(
                                            new ContentProblem(
                                                    QuestionField.ANCHOR_DESCRIPTION, score, p)));
        }
    }

    private void checkTags(Consumer<ContentProblem> report) {
        if (tags.size() > MAX_TAGS) {
            report.accept(
                    ContentProblem.of(
                            QuestionField.TAGS,
                            "has " + tags.size() + " tags; at most " + MAX_TAGS + " are allowed"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            int position = i + 1;
            TAG.problemWith(tag)
                    .ifPresent(
                            p -> report.accept(new ContentProblem(QuestionField.TAG, position, p)));
            if (tag.contains(",")) {
                // Commas separate tags in the CSV format, so a tag holding one would not survive a
                // round trip.
                report.accept(
                        new ContentProblem(
                                QuestionField.TAG, position, "must not contain a comma"));
            }
            if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                report.accept(
                        new ContentProblem(
                                QuestionField.TAG, position, "repeats the tag '" + tag + "'"));
            }
        }
    }

    /** What stops this content from being asked in interviews, beyond {@link #problems()}. */
    public List<ContentProblem> activationProblems() {
        List<ContentProblem> problems = new ArrayList<>();
        if (guidance.isEmpty()) {
            problems.add(
                    ContentProblem.of(
                            QuestionField.GUIDANCE, "is required for an active question"));
        }
        for (int score : REQUIRED_SCORES) {
            if (anchorFor(score).isEmpty()) {
                problems.add(
                        new ContentProblem(
                                QuestionField.ANCHOR_LABEL,
                                score,
                                "an anchor for score "
                                        + score
                                        + " is required for an active question"));
            }
        }
        return problems;
    }
}
