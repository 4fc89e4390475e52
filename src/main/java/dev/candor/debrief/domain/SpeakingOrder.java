package dev.candor.debrief.domain;

import dev.candor.planning.domain.Seniority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who speaks first in the debrief, against anchoring on the most senior voice: the least senior
 * panel member first, the hiring manager last. A seat without a seniority counts as {@link
 * Seniority#MID}; a person on several seats speaks once, at their most senior.
 */
public final class SpeakingOrder {

    /** A panel member as the order needs them. */
    public record Speaker(String username, String displayName, Seniority seniority) {}

    private SpeakingOrder() {}

    public static List<Speaker> of(List<Speaker> panel, Set<String> hiringManagers) {
        Map<String, Speaker> once = new LinkedHashMap<>();
        for (Speaker seat : panel) {
            Speaker speaker =
                    new Speaker(
                            seat.username(),
                            seat.displayName(),
                            seat.seniority() == null ? Seniority.MID : seat.seniority());
            once.merge(
                    seat.username(),
                    speaker,
                    (a, b) -> a.seniority().compareTo(b.seniority()) >= 0 ? a : b);
        }
        List<Speaker> order = new ArrayList<>(once.values());
        order.sort(
                Comparator.comparing((Speaker s) -> hiringManagers.contains(s.username()))
                        .thenComparing(Speaker::seniority)
                        .thenComparing(Speaker::username));
        return order;
    }
}
