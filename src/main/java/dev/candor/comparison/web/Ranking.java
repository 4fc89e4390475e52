package dev.candor.comparison.web;

import dev.candor.comparison.application.RankedCandidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ranking as the comparison page shows it: all panels or complete ones only, in the order
 * chosen. A candidate whose panel is incomplete keeps a visible mark, so nobody mistakes a score on
 * one of two scorecards for the panel's view; with "complete panels only" the ranks count the
 * complete panels alone.
 */
public final class Ranking {

    /** How the ranking can be ordered. */
    public enum Order {
        SCORE,
        SUBMITTED,
        NAME;

        static Order of(String name) {
            if (name == null || name.isBlank()) {
                return SCORE;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return SCORE;
            }
        }
    }

    /** A row of the shown ranking; {@code rank} is null for a candidate without a panel score. */
    public record Place(Integer rank, RankedCandidate candidate) {

        public boolean incomplete() {
            return !candidate.complete();
        }
    }

    private Ranking() {}

    static List<Place> shown(List<RankedCandidate> candidates, boolean completeOnly, Order order) {
        List<RankedCandidate> kept = new ArrayList<>();
        for (RankedCandidate c : candidates) {
            if (!completeOnly || c.complete()) {
                kept.add(c);
            }
        }
        List<Place> places = new ArrayList<>(kept.size());
        int rank = 0;
        for (RankedCandidate c : kept) {
            Integer own = c.rank() == null ? null : completeOnly ? ++rank : c.rank();
            places.add(new Place(own, c));
        }
        if (order == Order.SUBMITTED) {
            places.sort(
                    Comparator.comparingDouble((Place p) -> share(p.candidate()))
                            .reversed()
                            .thenComparing(
                                    p -> p.candidate().name(), String.CASE_INSENSITIVE_ORDER));
        } else if (order == Order.NAME) {
            places.sort(
                    Comparator.comparing(
                                    (Place p) -> p.candidate().name(),
                                    String.CASE_INSENSITIVE_ORDER)
                            .thenComparingLong(p -> p.candidate().candidateId()));
        }
        return places;
    }

    private static double share(RankedCandidate c) {
        return c.scorecardsExpected() == 0
                ? 0
                : (double) c.scorecardsSubmitted() / c.scorecardsExpected();
    }
}
