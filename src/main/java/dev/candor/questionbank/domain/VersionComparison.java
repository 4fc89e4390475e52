package dev.candor.questionbank.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Two versions of a question field by field, for the side-by-side view of what changed. */
public final class VersionComparison {

    /** One line of the side-by-side view; an absent value is shown as an empty string. */
    public record Line(String field, String older, String newer) {

        public boolean changed() {
            return !older.equals(newer);
        }
    }

    private final QuestionVersion older;
    private final QuestionVersion newer;
    private final List<Line> lines;

    private VersionComparison(QuestionVersion older, QuestionVersion newer, List<Line> lines) {
        this.older = older;
        this.newer = newer;
        this.lines = List.copyOf(lines);
    }

    public static VersionComparison between(QuestionVersion older, QuestionVersion newer) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Text", older.getText(), newer.getText()));
        lines.add(new Line("Kind", older.getKind().name(), newer.getKind().name()));
        lines.add(
                new Line(
                        "Competency",
                        older.getCompetency().getName(),
                        newer.getCompetency().getName()));
        lines.add(new Line("Guidance", older.getGuidance(), newer.getGuidance()));
        int probes = Math.max(older.getProbes().size(), newer.getProbes().size());
        for (int i = 0; i < probes; i++) {
            lines.add(
                    new Line(
                            "Probe " + (i + 1),
                            item(older.getProbes(), i),
                            item(newer.getProbes(), i)));
        }
        for (int score = RatingScale.LOWEST; score <= RatingScale.HIGHEST; score++) {
            lines.add(
                    new Line(
                            "Anchor " + score,
                            anchor(older.anchorFor(score)),
                            anchor(newer.anchorFor(score))));
        }
        lines.add(
                new Line(
                        "Tags",
                        String.join(", ", older.getTags()),
                        String.join(", ", newer.getTags())));
        return new VersionComparison(older, newer, lines);
    }

    private static String item(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }

    private static String anchor(Optional<RubricAnchor> anchor) {
        return anchor.map(a -> a.getLabel() + ": " + a.getDescription()).orElse("");
    }

    public QuestionVersion getOlder() {
        return older;
    }

    public QuestionVersion getNewer() {
        return newer;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Line> getChanges() {
        return lines.stream().filter(Line::changed).toList();
    }
}
