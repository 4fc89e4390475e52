package dev.candor.comparison.web;

import dev.candor.comparison.application.Interval;
import dev.candor.comparison.application.Leniency;
import dev.candor.comparison.application.OpeningComparison;
import dev.candor.comparison.application.RankedCandidate;
import dev.candor.shared.infrastructure.web.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the leniency adjustment did to each candidate, in words a debrief room reads: the change in
 * the panel score and whose strictness or generosity was taken out, and why the interval moved.
 */
public final class AdjustmentExplanation {

    /** Below this a change is shown as none: the figures are shown with two decimals. */
    private static final double UNCHANGED = 0.005;

    /** One candidate's line; {@code interval} is empty when the interval did not move. */
    public record Change(
            long candidateId, String name, String delta, String score, String interval) {}

    private AdjustmentExplanation() {}

    static List<Change> of(OpeningComparison adjusted, OpeningComparison asScored) {
        Map<Long, RankedCandidate> before = new HashMap<>();
        asScored.candidates().forEach(c -> before.put(c.candidateId(), c));
        Map<String, Leniency> leniencyOf = new HashMap<>();
        adjusted.interviewers().forEach(l -> leniencyOf.put(l.interviewer(), l));
        ComparisonFormat format = new ComparisonFormat();
        List<Change> changes = new ArrayList<>();
        for (RankedCandidate now : adjusted.candidates()) {
            RankedCandidate then = before.get(now.candidateId());
            if (now.panelScore() == null || then == null || then.panelScore() == null) {
                continue;
            }
            double delta = now.panelScore() - then.panelScore();
            String deltaText = Math.abs(delta) < UNCHANGED ? "\u00b10.00" : format.signed(delta);
            changes.add(
                    new Change(
                            now.candidateId(),
                            now.name(),
                            deltaText,
                            scoreSentence(now, delta, deltaText, leniencyOf, format),
                            intervalSentence(then.interval(), now.interval(), format)));
        }
        return changes;
    }

    private static String scoreSentence(
            RankedCandidate now,
            double delta,
            String deltaText,
            Map<String, Leniency> leniencyOf,
            ComparisonFormat format) {
        List<String> removed = new ArrayList<>();
        for (String interviewer : now.panel()) {
            Leniency l = leniencyOf.get(interviewer);
            if (l != null && l.leniency() != null && Math.abs(l.leniency()) >= UNCHANGED) {
                removed.add(
                        Text.of(
                                l.leniency() < 0
                                        ? "comparison.adjustment.severity"
                                        : "comparison.adjustment.generosity",
                                l.displayName(),
                                format.signed(l.leniency())));
            }
        }
        if (removed.isEmpty()) {
            return Text.of("comparison.adjustment.nothing");
        }
        String who =
                removed.size() == 1
                        ? removed.get(0)
                        : String.join(", ", removed.subList(0, removed.size() - 1))
                                + Text.of("comparison.adjustment.and")
                                + removed.get(removed.size() - 1);
        return Math.abs(delta) < UNCHANGED
                ? Text.of("comparison.adjustment.cancelled", who)
                : Text.of("comparison.adjustment.removed", deltaText, who);
    }

    private static String intervalSentence(
            Interval before, Interval after, ComparisonFormat format) {
        String key = intervalChange(before, after);
        return key == null ? "" : Text.of(key, format.interval(before), format.interval(after));
    }

    /**
     * The bundle key saying why the interval moved, or null when it did not move visibly (two
     * interviewers' interval spans the whole scale before and after).
     */
    static String intervalChange(Interval before, Interval after) {
        if (before == null || after == null) {
            return null;
        }
        double widthBefore = before.upper() - before.lower();
        double widthAfter = after.upper() - after.lower();
        if (Math.abs(widthAfter - widthBefore) < 0.05) {
            return null;
        }
        return widthAfter > widthBefore
                ? "comparison.adjustment.wider"
                : "comparison.adjustment.narrower";
    }
}
