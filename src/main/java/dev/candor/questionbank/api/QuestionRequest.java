package dev.candor.questionbank.api;

import dev.candor.questionbank.application.QuestionInput;
import java.util.List;

/** The body of POST and PUT /questions; the same field names as a question's JSON. */
public record QuestionRequest(
        String text,
        String kind,
        String competency,
        String guidance,
        List<String> probes,
        List<QuestionView.AnchorView> anchors,
        List<String> tags,
        String status,
        String changeNote) {

    QuestionInput toInput() {
        return new QuestionInput(
                text,
                kind,
                competency,
                guidance,
                probes,
                anchors == null
                        ? null
                        : anchors.stream()
                                .map(
                                        a ->
                                                a == null
                                                        ? null
                                                        : new QuestionInput.Anchor(
                                                                a.score(),
                                                                a.label(),
                                                                a.description()))
                                .toList(),
                tags,
                status,
                changeNote);
    }
}
