package dev.candor.debrief.domain;

import java.util.List;

/**
 * One question on the debrief agenda with its spread of scores.
 *
 * @param key the question as the report keys it ("q12"; "q12@34" when asked again in interview 34)
 * @param rwg within-group agreement, null with fewer than two scores
 * @param scores who gave which score, with their notes
 */
public record AgendaItem(
        String key,
        long questionId,
        String question,
        String competency,
        double range,
        Double rwg,
        List<GivenScore> scores) {

    /** One interviewer's score and evidence on the question. */
    public record GivenScore(String interviewer, String displayName, int score, String notes) {}

    public AgendaItem {
        scores = List.copyOf(scores);
    }

    /** Everyone who scored it gave the same score: nothing to discuss. */
    public boolean agreed() {
        return range == 0;
    }
}
