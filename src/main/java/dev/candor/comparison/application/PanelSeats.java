package dev.candor.comparison.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** How the report reads the panel seats: the candidate's stage, the seats' order, names. */
final class PanelSeats {

    private PanelSeats() {}

    /** The stage of the candidate's furthest interview (highest stage position, then latest). */
    static String currentStage(Collection<SeatRow> seats) {
        return seats.stream()
                .max(
                        Comparator.comparingInt(SeatRow::stagePosition)
                                .thenComparing(
                                        SeatRow::startsAt,
                                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(SeatRow::stageName)
                .orElse(null);
    }

    /** In interview order: stage, interview, interviewer. */
    static List<SeatRow> ordered(List<SeatRow> seats) {
        return seats.stream()
                .sorted(
                        Comparator.comparingInt(SeatRow::stagePosition)
                                .thenComparing(SeatRow::interviewId)
                                .thenComparing(
                                        SeatRow::interviewer,
                                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    static String name(SeatRow seat) {
        return seat.displayName() == null ? seat.interviewer() : seat.displayName();
    }
}
