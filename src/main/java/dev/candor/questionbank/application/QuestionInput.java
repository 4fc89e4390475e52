package dev.candor.questionbank.application;

import java.util.List;

/**
 * What a person submits for a question, from the editor or the API, before it is checked. Kind and
 * status are names (any case); the competency is a name. Null lists mean empty; a null status keeps
 * the current one (a new question starts as a draft).
 */
public record QuestionInput(
        String text,
        String kind,
        String competency,
        String guidance,
        List<String> probes,
        List<Anchor> anchors,
        List<String> tags,
        String status,
        String changeNote) {

    /**
     * One row of the rating scale; a row whose label and description are both blank is "between".
     */
    public record Anchor(int score, String label, String description) {

        public boolean isBlank() {
            return (label == null || label.isBlank())
                    && (description == null || description.isBlank());
        }
    }

    public QuestionInput {
        probes = probes == null ? List.of() : probes.stream().filter(p -> p != null).toList();
        anchors =
                anchors == null
                        ? List.of()
                        : anchors.stream().filter(a -> a != null && !a.isBlank()).toList();
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null).toList();
    }
}
