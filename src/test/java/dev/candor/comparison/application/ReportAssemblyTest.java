package dev.candor.comparison.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.comparison.application.ReportAssembly.Filter;
import dev.candor.comparison.domain.CandidateRatings;
import dev.candor.comparison.domain.InterviewerScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportAssemblyTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final CandidateHeader ADA =
            new CandidateHeader(1, "Ada", "ACTIVE", 7, "Engineer");

    private static SeatRow seat(
            long candidate, String interviewer, String status, String recommendation) {
        return new SeatRow(
                candidate,
                100 + candidate,
                "Onsite",
                1,
                T,
                interviewer,
                interviewer.toUpperCase(),
                (long) interviewer.hashCode(),
                status,
                recommendation,
                "summary of " + interviewer,
                "SUBMITTED".equals(status) ? T : null,
                false);
    }

    private static RatingRow rating(
            long candidate, String interviewer, long question, String competency, Integer score) {
        return new RatingRow(
                candidate,
                interviewer,
                100 + candidate,
                "Onsite",
                question,
                (int) question,
                score,
                score == null,
                score == null ? "ran out of time" : null,
                "Question " + question,
                competency,
                "notes " + interviewer + question);
    }

    @Test
    void
            a_report_lays_out_questions_by_competency_against_submitted_interviewers_and_marks_skips() {
        List<SeatRow> seats =
                List.of(
                        seat(1, "amy", "SUBMITTED", "YES"),
                        seat(1, "bob", "SUBMITTED", "STRONG_NO"),
                        seat(1, "cat", "DRAFT", null));
        List<RatingRow> rows =
                List.of(
                        rating(1, "amy", 1, "Ownership", 4), rating(1, "bob", 1, "Ownership", 2),
                        rating(1, "amy", 2, "Teamwork", 3), rating(1, "bob", 2, "Teamwork", null),
                        rating(1, "amy", 3, "Ownership", 5), rating(1, "bob", 3, "Ownership", 5));

        CandidateReport report = ReportAssembly.candidateReport(ADA, seats, rows, List.of(), 2);

        assertEquals(
                List.of("amy", "bob"),
                report.interviewers().stream().map(Interviewer::username).toList());
        assertEquals(
                List.of("Ownership", "Teamwork"),
                report.matrix().stream().map(CompetencyBlock::competency).toList());
        assertEquals(
                List.of("q1", "q3"),
                report.matrix().get(0).questions().stream().map(MatrixRow::question).toList());
        Cell skipped = report.matrix().get(1).questions().get(0).cells().get(1);
        assertTrue(skipped.skipped());
        assertEquals("ran out of time", skipped.skipReason());
        assertEquals(
                "notes amy1", report.matrix().get(0).questions().get(0).cells().get(0).notes());
        assertEquals(2, report.scorecardsSubmitted());
        assertEquals(3, report.scorecardsExpected());
        assertEquals("cat", report.pending().get(0).interviewer());
        assertEquals(1, report.tally().yes());
        assertEquals(1, report.tally().strongNo());
        assertEquals(2, report.tally().total());
    }

    @Test
    void
            question_figures_flag_disagreement_and_the_discussion_starts_where_the_panel_differs_most() {
        List<SeatRow> seats =
                List.of(seat(1, "amy", "SUBMITTED", "YES"), seat(1, "bob", "SUBMITTED", "NO"));
        List<RatingRow> rows =
                List.of(
                        rating(1, "amy", 1, "Ownership", 4), rating(1, "bob", 1, "Ownership", 4),
                        rating(1, "amy", 2, "Ownership", 5), rating(1, "bob", 2, "Ownership", 1),
                        rating(1, "amy", 3, "Teamwork", 3), rating(1, "bob", 3, "Teamwork", 2));

        CandidateReport report = ReportAssembly.candidateReport(ADA, seats, rows, List.of(), 2);

        QuestionFigures first = report.discussFirst().get(0);
        assertEquals("q2", first.question());
        assertTrue(first.disagreement());
        assertEquals(4, first.range());
        assertEquals(0.0, first.rwg());
        assertFalse(report.questions().get(0).disagreement());
        assertEquals(1.0, report.questions().get(0).rwg());
        assertEquals(
                List.of("Ownership", "Teamwork"),
                report.competencies().stream().map(CompetencyFigures::competency).toList());
        assertEquals(3.5, report.competencies().get(0).mean());
        assertEquals(2, report.competencies().get(0).byInterviewer().size());
    }

    @Test
    void agreement_figures_match_the_domain_statistics_and_are_labelled_as_candidate_level() {
        List<SeatRow> seats =
                List.of(seat(1, "amy", "SUBMITTED", "YES"), seat(1, "bob", "SUBMITTED", "YES"));
        List<RatingRow> rows = new ArrayList<>();
        int[][] scores = {{4, 3}, {2, 2}, {5, 4}, {3, 1}};
        List<InterviewerScore> domain = new ArrayList<>();
        for (int q = 0; q < scores.length; q++) {
            rows.add(rating(1, "amy", q + 1, "Ownership", scores[q][0]));
            rows.add(rating(1, "bob", q + 1, "Ownership", scores[q][1]));
            domain.add(new InterviewerScore("1", "q" + (q + 1), "Ownership", "amy", scores[q][0]));
            domain.add(new InterviewerScore("1", "q" + (q + 1), "Ownership", "bob", scores[q][1]));
        }
        CandidateRatings expected = CandidateRatings.of("1", domain);

        Agreement agreement =
                ReportAssembly.candidateReport(ADA, seats, rows, List.of(), 2).agreement();

        assertEquals(Agreement.CANDIDATE_LEVEL, agreement.level());
        assertEquals(
                expected.agreement().intraclassCorrelation().icc21().getAsDouble(),
                agreement.icc21(),
                1e-12);
        assertEquals(
                expected.agreement().intraclassCorrelation().icc2k().getAsDouble(),
                agreement.icc2k(),
                1e-12);
        assertEquals(expected.agreement().alpha().getAsDouble(), agreement.alphaInterval(), 1e-12);
        assertEquals(4, agreement.iccQuestions());
    }

    @Test
    void undefined_statistics_are_null_never_nan() {
        // One interviewer, one question: no standard deviation, no rwg, no ICC, no alpha, no
        // interval.
        CandidateReport report =
                ReportAssembly.candidateReport(
                        ADA,
                        List.of(seat(1, "amy", "SUBMITTED", "YES")),
                        List.of(rating(1, "amy", 1, "Ownership", 4)),
                        List.of(),
                        2);

        assertNull(report.questions().get(0).standardDeviation());
        assertNull(report.questions().get(0).rwg());
        assertNull(report.agreement().icc21());
        assertNull(report.agreement().icc2k());
        assertNull(report.agreement().alphaInterval());
        assertNull(report.panelScore().interval());
        assertEquals(4.0, report.panelScore().score());
    }

    @Test
    void a_report_before_anyone_submitted_has_no_figures_and_lists_everyone_as_pending() {
        CandidateReport report =
                ReportAssembly.candidateReport(
                        ADA,
                        List.of(seat(1, "amy", "DRAFT", null), seat(1, "bob", null, null)),
                        List.of(),
                        List.of(),
                        2);

        assertFalse(report.hasResults());
        assertNull(report.panelScore());
        assertEquals(0, report.scorecardsSubmitted());
        assertEquals(2, report.scorecardsExpected());
        assertEquals(2, report.pending().size());
        assertNull(report.agreement().icc21());
    }

    @Test
    void amended_scorecards_are_marked_with_their_reasons_and_lead_to_their_audit_trail() {
        SeatRow amy = seat(1, "amy", "SUBMITTED", "YES");
        CandidateReport report =
                ReportAssembly.candidateReport(
                        ADA,
                        List.of(amy),
                        List.of(rating(1, "amy", 1, "Ownership", 4)),
                        List.of(new AmendmentRow(amy.scorecardId(), "amy", T, "Typo in the score")),
                        2);

        assertTrue(report.recommendations().get(0).amended());
        assertEquals(
                "Typo in the score", report.recommendations().get(0).amendments().get(0).reason());
        assertEquals(amy.scorecardId(), report.recommendations().get(0).scorecardId());
    }

    // --------------------------------------------------------------------------------------------
    // opening

    private static List<RatingRow> panel(long candidate, int amy, int bob, int cat) {
        List<RatingRow> rows = new ArrayList<>();
        for (int q = 1; q <= 2; q++) {
            rows.add(rating(candidate, "amy", q, "Ownership", amy));
            rows.add(rating(candidate, "bob", q, "Ownership", bob));
            rows.add(rating(candidate, "cat", q, q == 1 ? "Ownership" : "Ownership", cat));
        }
        return rows;
    }

    private static List<SeatRow> seats(long candidate) {
        return List.of(
                seat(candidate, "amy", "SUBMITTED", "YES"),
                seat(candidate, "bob", "SUBMITTED", "NO"),
                seat(candidate, "cat", "SUBMITTED", "YES"));
    }

    @Test
    void
            the_opening_ranks_candidates_by_panel_score_and_leaves_those_without_results_unranked_at_the_end() {
        List<CandidateRow> candidates =
                List.of(
                        new CandidateRow(1, "Ada", "ACTIVE"),
                        new CandidateRow(2, "Ben", "ACTIVE"),
                        new CandidateRow(3, "Cy", "REJECTED"),
                        new CandidateRow(4, "Di", "ACTIVE"));
        List<SeatRow> seats = new ArrayList<>();
        List<RatingRow> rows = new ArrayList<>();
        for (long c = 1; c <= 3; c++) {
            seats.addAll(seats(c));
        }
        seats.add(seat(4, "amy", "DRAFT", null));
        rows.addAll(panel(1, 3, 2, 3));
        rows.addAll(panel(2, 5, 4, 4));
        rows.addAll(panel(3, 2, 1, 2));

        OpeningComparison comparison =
                ReportAssembly.openingComparison(
                        7, "Engineer", candidates, seats, rows, Set.of(), false, Filter.ALL);

        assertEquals(
                List.of("Ben", "Ada", "Cy", "Di"),
                comparison.candidates().stream().map(RankedCandidate::name).toList());
        assertEquals(1, comparison.candidates().get(0).rank());
        assertNull(comparison.candidates().get(3).rank());
        assertNull(comparison.candidates().get(3).panelScore());
        assertEquals(0, comparison.candidates().get(3).scorecardsSubmitted());
        assertEquals(1, comparison.candidates().get(3).scorecardsExpected());
        assertEquals(2, comparison.candidates().get(0).tally().yes());
        assertNotNull(comparison.candidates().get(0).interval());
        assertEquals(
                13.0 / 3,
                comparison.candidates().get(0).competencyScores().get("Ownership"),
                1e-12);
        assertFalse(comparison.adjusted());
        assertFalse(comparison.panelsDiffer());
        assertEquals(Agreement.OPENING_LEVEL, comparison.alphaLevel());

        // bob scores one point below the others on every question he co-rated with two others.
        Leniency bob =
                comparison.interviewers().stream()
                        .filter(l -> l.interviewer().equals("bob"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(6, bob.coRatedRatings());
        assertEquals(3, bob.coRatedCandidates());
        assertTrue(bob.leniency() < 0);
    }

    @Test
    void the_adjusted_comparison_is_labelled_and_removes_leniency_from_panel_scores() {
        List<CandidateRow> candidates =
                List.of(
                        new CandidateRow(1, "Ada", "ACTIVE"),
                        new CandidateRow(2, "Ben", "ACTIVE"),
                        new CandidateRow(3, "Cy", "ACTIVE"));
        List<SeatRow> seats = new ArrayList<>();
        List<RatingRow> rows = new ArrayList<>();
        for (long c = 1; c <= 3; c++) {
            seats.addAll(seats(c));
            rows.addAll(panel(c, 4, 2, 4));
        }

        OpeningComparison plain =
                ReportAssembly.openingComparison(
                        7, "E", candidates, seats, rows, Set.of(), false, Filter.ALL);
        OpeningComparison adjusted =
                ReportAssembly.openingComparison(
                        7, "E", candidates, seats, rows, Set.of(), true, Filter.ALL);

        assertTrue(adjusted.adjusted());
        assertEquals(10.0 / 3, plain.candidates().get(0).panelScore(), 1e-9);
        // Leniencies: amy and cat +1, bob -2; removing them leaves 3, 4, 3 → 10/3 again, but the
        // interval
        // collapses: the panel agrees once leniency is taken out.
        assertEquals(10.0 / 3, adjusted.candidates().get(0).panelScore(), 1e-9);
        assertTrue(
                adjusted.candidates().get(0).interval().upper()
                                - adjusted.candidates().get(0).interval().lower()
                        < plain.candidates().get(0).interval().upper()
                                - plain.candidates().get(0).interval().lower());
    }

    @Test
    void
            filters_by_status_and_stage_and_withholds_candidates_whose_scorecard_the_viewer_has_not_submitted() {
        List<CandidateRow> candidates =
                List.of(
                        new CandidateRow(1, "Ada", "ACTIVE"),
                        new CandidateRow(2, "Ben", "REJECTED"));
        List<SeatRow> seats = new ArrayList<>(seats(1));
        seats.addAll(seats(2));
        List<RatingRow> rows = new ArrayList<>(panel(1, 4, 4, 4));
        rows.addAll(panel(2, 3, 3, 3));

        OpeningComparison rejected =
                ReportAssembly.openingComparison(
                        7,
                        "E",
                        candidates,
                        seats,
                        rows,
                        Set.of(),
                        false,
                        new Filter("REJECTED", null));
        assertEquals(
                List.of("Ben"), rejected.candidates().stream().map(RankedCandidate::name).toList());
        assertEquals(2, rejected.candidatesTotal());
        assertEquals(List.of("Onsite"), rejected.stages());
        assertTrue(
                ReportAssembly.openingComparison(
                                7,
                                "E",
                                candidates,
                                seats,
                                rows,
                                Set.of(),
                                false,
                                new Filter(null, "Phone screen"))
                        .candidates()
                        .isEmpty());

        OpeningComparison withheld =
                ReportAssembly.openingComparison(
                        7, "E", candidates, seats, rows, Set.of(1L), false, Filter.ALL);
        RankedCandidate ada =
                withheld.candidates().stream()
                        .filter(c -> c.name().equals("Ada"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(ada.withheld());
        assertNull(ada.panelScore());
        assertEquals(0, ada.tally().total());
        assertEquals(3, ada.scorecardsSubmitted());
    }
}
