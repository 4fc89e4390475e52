package dev.candor.comparison.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's panel section: each submitted scorecard's recommendation with its amendments, who is
 * still to submit, and the tally.
 */
record ReportRecommendations(
        List<RecommendationView> submitted, List<PendingView> pending, Tally tally, int expected) {

    static ReportRecommendations of(List<SeatRow> seats, List<AmendmentRow> amendments) {
        Map<Long, List<AmendmentNote>> notes = notesByScorecard(amendments);
        List<RecommendationView> submitted = new ArrayList<>();
        List<PendingView> pending = new ArrayList<>();
        Tally tally = Tally.NONE;
        int expected = 0;
        for (SeatRow seat : PanelSeats.ordered(seats)) {
            if (seat.interviewer() == null) {
                continue;
            }
            expected++;
            if (seat.submitted()) {
                tally = tally.plus(seat.recommendation());
                submitted.add(
                        recommendation(seat, notes.getOrDefault(seat.scorecardId(), List.of())));
            } else {
                pending.add(
                        new PendingView(
                                seat.interviewer(), PanelSeats.name(seat), seat.stageName()));
            }
        }
        return new ReportRecommendations(submitted, pending, tally, expected);
    }

    private static RecommendationView recommendation(SeatRow seat, List<AmendmentNote> notes) {
        return new RecommendationView(
                seat.scorecardId(),
                seat.interviewer(),
                PanelSeats.name(seat),
                seat.stageName(),
                seat.recommendation(),
                seat.summary(),
                seat.submittedAt(),
                seat.amended() || !notes.isEmpty(),
                notes);
    }

    private static Map<Long, List<AmendmentNote>> notesByScorecard(List<AmendmentRow> amendments) {
        Map<Long, List<AmendmentNote>> notes = new HashMap<>();
        for (AmendmentRow amendment : amendments) {
            notes.computeIfAbsent(amendment.scorecardId(), id -> new ArrayList<>())
                    .add(
                            new AmendmentNote(
                                    amendment.amendedBy(),
                                    amendment.amendedAt(),
                                    amendment.reason()));
        }
        return notes;
    }
}
