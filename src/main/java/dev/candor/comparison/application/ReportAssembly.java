package dev.candor.comparison.application;

import dev.candor.comparison.domain.CandidateRatings;
import dev.candor.comparison.domain.InterviewerScore;
import dev.candor.comparison.domain.OpeningRatings;
import dev.candor.comparison.domain.PanelAgreement;
import dev.candor.comparison.domain.PanelScore;
import dev.candor.comparison.domain.QuestionStatistics;
import dev.candor.comparison.domain.RaterLeniency;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the read model's rows into the candidate report and the opening comparison, feeding the
 * statistics of {@code comparison.domain}. Plain Java: no database, no access checks (the service
 * has done them).
 */
public final class ReportAssembly {

    private ReportAssembly() {}

    /**
     * What the opening comparison lists: a candidate status and a stage name, each null for all.
     */
    public record Filter(String status, String stage) {

        public static final Filter ALL = new Filter(null, null);

        boolean accepts(String candidateStatus, String candidateStage) {
            return (status == null || status.isBlank() || status.equalsIgnoreCase(candidateStatus))
                    && (stage == null || stage.isBlank() || stage.equals(candidateStage));
        }
    }

    // ----------------------------------------------------------------------------------------
    // candidate report

    public static CandidateReport candidateReport(
            CandidateHeader header,
            List<SeatRow> seats,
            List<RatingRow> rows,
            List<AmendmentRow> amendments,
            double disagreementThreshold) {
        CandidateSheet sheet = CandidateSheet.of(header.candidateId(), seats, rows);
        CandidateRatings statistics = sheet.statistics();

        Map<String, Double> interviewerScores =
                statistics == null ? Map.of() : statistics.interviewerScores();
        List<Interviewer> interviewers =
                sheet.interviewers.stream()
                        .map(
                                u ->
                                        new Interviewer(
                                                u,
                                                sheet.displayNames.get(u),
                                                interviewerScores.get(u)))
                        .toList();

        Map<String, QuestionFigures> figures = new LinkedHashMap<>();
        if (statistics != null) {
            for (QuestionStatistics question :
                    statistics.questionStatistics(disagreementThreshold)) {
                RatingRow first = sheet.byQuestion.get(question.question()).get(0);
                figures.put(question.question(), figures(question, first.questionText()));
            }
        }

        Map<String, List<MatrixRow>> blocks = new LinkedHashMap<>();
        sheet.byQuestion.forEach(
                (key, its) -> {
                    Map<String, RatingRow> byInterviewer = new HashMap<>();
                    its.forEach(row -> byInterviewer.put(row.interviewer(), row));
                    List<Cell> cells =
                            sheet.interviewers.stream()
                                    .map(u -> cell(u, byInterviewer.get(u)))
                                    .toList();
                    RatingRow first = its.get(0);
                    blocks.computeIfAbsent(sheet.competencyOf.get(key), c -> new ArrayList<>())
                            .add(
                                    new MatrixRow(
                                            key,
                                            first.questionText(),
                                            first.stageName(),
                                            cells,
                                            figures.get(key)));
                });
        List<CompetencyBlock> matrix = new ArrayList<>();
        blocks.forEach(
                (competency, questions) -> matrix.add(new CompetencyBlock(competency, questions)));

        List<QuestionFigures> questions = List.copyOf(figures.values());
        List<QuestionFigures> discussFirst =
                statistics == null
                        ? List.of()
                        : QuestionStatistics.inDiscussionOrder(
                                        statistics.questionStatistics(disagreementThreshold))
                                .stream()
                                .map(q -> figures.get(q.question()))
                                .toList();

        Map<Long, List<AmendmentNote>> notesByScorecard = new HashMap<>();
        for (AmendmentRow amendment : amendments) {
            notesByScorecard
                    .computeIfAbsent(amendment.scorecardId(), id -> new ArrayList<>())
                    .add(
                            new AmendmentNote(
                                    amendment.amendedBy(),
                                    amendment.amendedAt(),
                                    amendment.reason()));
        }
        List<RecommendationView> recommendations = new ArrayList<>();
        List<PendingView> pending = new ArrayList<>();
        Tally tally = Tally.NONE;
        int submitted = 0;
        int expected = 0;
        for (SeatRow seat : ordered(seats)) {
            if (seat.interviewer() == null) {
                continue;
            }
            expected++;
            if (seat.submitted()) {
                submitted++;
                tally = tally.plus(seat.recommendation());
                List<AmendmentNote> notes =
                        notesByScorecard.getOrDefault(seat.scorecardId(), List.of());
                recommendations.add(
                        new RecommendationView(
                                seat.scorecardId(),
                                seat.interviewer(),
                                name(seat),
                                seat.stageName(),
                                seat.recommendation(),
                                seat.summary(),
                                seat.submittedAt(),
                                seat.amended() || !notes.isEmpty(),
                                notes));
            } else {
                pending.add(new PendingView(seat.interviewer(), name(seat), seat.stageName()));
            }
        }

        return new CandidateReport(
                header.candidateId(),
                header.name(),
                header.status(),
                currentStage(seats),
                header.openingId(),
                header.openingTitle(),
                submitted,
                expected,
                pending,
                statistics == null ? null : Score.of(statistics.panelScore()),
                interviewers,
                matrix,
                questions,
                discussFirst,
                competencyFigures(statistics, sheet),
                recommendations,
                tally,
                agreement(statistics),
                disagreementThreshold);
    }

    private static QuestionFigures figures(QuestionStatistics q, String text) {
        return new QuestionFigures(
                q.question(),
                text,
                q.competency(),
                q.ratings(),
                q.mean(),
                DefinedValue.orNull(q.standardDeviation()),
                q.lowest(),
                q.highest(),
                q.range(),
                q.disagreement(),
                DefinedValue.orNull(q.withinGroupAgreement()));
    }

    private static Cell cell(String interviewer, RatingRow row) {
        if (row == null) {
            return new Cell(interviewer, "NOT_ASKED", null, null, null);
        }
        if (row.skipped() || row.score() == null) {
            return new Cell(interviewer, "SKIPPED", null, row.skipReason(), row.notes());
        }
        return new Cell(interviewer, "SCORED", row.score(), null, row.notes());
    }

    private static List<CompetencyFigures> competencyFigures(
            CandidateRatings statistics, CandidateSheet sheet) {
        if (statistics == null) {
            return List.of();
        }
        // Each interviewer's own mean per competency, for the profile chart and the range.
        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
        for (InterviewerScore rating : sheet.ratings) {
            double[] sum =
                    sums.computeIfAbsent(rating.competency(), c -> new LinkedHashMap<>())
                            .computeIfAbsent(rating.interviewer(), u -> new double[2]);
            sum[0] += rating.score();
            sum[1]++;
        }
        List<CompetencyFigures> figures = new ArrayList<>();
        statistics
                .competencyScores()
                .forEach(
                        (competency, score) -> {
                            Map<String, Double> byInterviewer = new LinkedHashMap<>();
                            Map<String, double[]> its = sums.getOrDefault(competency, Map.of());
                            for (String interviewer : sheet.interviewers) {
                                double[] sum = its.get(interviewer);
                                if (sum != null) {
                                    byInterviewer.put(interviewer, sum[0] / sum[1]);
                                }
                            }
                            double lowest =
                                    byInterviewer.values().stream()
                                            .mapToDouble(Double::doubleValue)
                                            .min()
                                            .orElse(score.score());
                            double highest =
                                    byInterviewer.values().stream()
                                            .mapToDouble(Double::doubleValue)
                                            .max()
                                            .orElse(score.score());
                            figures.add(
                                    new CompetencyFigures(
                                            competency,
                                            score.score(),
                                            Interval.of(score.interval()),
                                            lowest,
                                            highest,
                                            byInterviewer));
                        });
        return figures;
    }

    static Agreement agreement(CandidateRatings statistics) {
        if (statistics == null) {
            return new Agreement(Agreement.CANDIDATE_LEVEL, null, null, 0, 0, null);
        }
        PanelAgreement agreement = statistics.agreement();
        return new Agreement(
                Agreement.CANDIDATE_LEVEL,
                DefinedValue.orNull(agreement.intraclassCorrelation().icc21()),
                DefinedValue.orNull(agreement.intraclassCorrelation().icc2k()),
                agreement.intraclassCorrelation().targets(),
                agreement.intraclassCorrelation().raters(),
                DefinedValue.orNull(agreement.alpha()));
    }

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

    private static List<SeatRow> ordered(List<SeatRow> seats) {
        return seats.stream()
                .sorted(
                        Comparator.comparingInt(SeatRow::stagePosition)
                                .thenComparing(SeatRow::interviewId)
                                .thenComparing(
                                        SeatRow::interviewer,
                                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static String name(SeatRow seat) {
        return seat.displayName() == null ? seat.interviewer() : seat.displayName();
    }

    // --------------------------------------------------------------------------------------
    // opening comparison

    /**
     * @param withheld candidates whose results the viewer may not see yet (their own scorecard is
     *     pending): listed without figures, and their ratings take no part in any statistic
     */
    public static OpeningComparison openingComparison(
            long openingId,
            String openingTitle,
            List<CandidateRow> candidates,
            List<SeatRow> seats,
            List<RatingRow> rows,
            Set<Long> withheld,
            boolean adjusted,
            Filter filter) {
        Map<Long, List<SeatRow>> seatsOf =
                seats.stream().collect(Collectors.groupingBy(SeatRow::candidateId));
        Map<Long, List<RatingRow>> rowsOf = new LinkedHashMap<>();
        for (RatingRow row : rows) {
            if (!withheld.contains(row.candidateId())) {
                rowsOf.computeIfAbsent(row.candidateId(), id -> new ArrayList<>()).add(row);
            }
        }
        Map<String, String> displayNames = new HashMap<>();
        seats.forEach(
                seat -> {
                    if (seat.interviewer() != null && seat.displayName() != null) {
                        displayNames.putIfAbsent(seat.interviewer(), seat.displayName());
                    }
                });

        List<InterviewerScore> ratings = new ArrayList<>(rows.size());
        Set<String> competencies = new LinkedHashSet<>();
        Set<Set<String>> panels = new HashSet<>();
        Map<Long, String> keys = new HashMap<>();
        rowsOf.forEach(
                (candidateId, its) -> {
                    CandidateSheet sheet =
                            CandidateSheet.of(
                                    candidateId,
                                    seatsOf.getOrDefault(candidateId, List.of()),
                                    its,
                                    keys);
                    ratings.addAll(sheet.ratings);
                    competencies.addAll(sheet.competencyOf.values());
                    Set<String> panel =
                            sheet.ratings.stream()
                                    .map(InterviewerScore::interviewer)
                                    .collect(Collectors.toSet());
                    if (!panel.isEmpty()) {
                        panels.add(panel);
                    }
                });
        OpeningRatings opening = OpeningRatings.of(ratings);
        Map<String, PanelScore> scores =
                adjusted ? opening.adjustedPanelScores() : opening.panelScores();
        Map<String, Map<String, PanelScore>> competencyScores = opening.competencyScores();

        List<RankedCandidate> listed = new ArrayList<>();
        Set<String> stages = new LinkedHashSet<>();
        seats.stream()
                .sorted(Comparator.comparingInt(SeatRow::stagePosition))
                .forEach(seat -> stages.add(seat.stageName()));
        for (CandidateRow candidate : candidates) {
            List<SeatRow> its = seatsOf.getOrDefault(candidate.id(), List.of());
            String stage = currentStage(its);
            if (!filter.accepts(candidate.status(), stage)) {
                continue;
            }
            String key = Long.toString(candidate.id());
            boolean hidden = withheld.contains(candidate.id());
            PanelScore score = hidden ? null : scores.get(key);
            Map<String, Double> byCompetency = new LinkedHashMap<>();
            if (!hidden) {
                competencyScores
                        .getOrDefault(key, Map.of())
                        .forEach((competency, s) -> byCompetency.put(competency, s.score()));
            }
            Tally tally = Tally.NONE;
            int submitted = 0;
            int expected = 0;
            for (SeatRow seat : its) {
                if (seat.interviewer() == null) {
                    continue;
                }
                expected++;
                if (seat.submitted()) {
                    submitted++;
                    if (!hidden) {
                        tally = tally.plus(seat.recommendation());
                    }
                }
            }
            Agreement agreement =
                    hidden ? agreement(null) : agreement(opening.candidate(key).orElse(null));
            listed.add(
                    new RankedCandidate(
                            null,
                            candidate.id(),
                            candidate.name(),
                            candidate.status(),
                            stage,
                            score == null ? null : score.score(),
                            score == null ? null : Interval.of(score.interval()),
                            score == null ? 0 : score.interviewers(),
                            byCompetency,
                            tally,
                            submitted,
                            expected,
                            hidden,
                            agreement.icc21(),
                            agreement.icc2k(),
                            agreement.alphaInterval()));
        }
        listed.sort(
                Comparator.comparing(
                                RankedCandidate::panelScore,
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(RankedCandidate::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(RankedCandidate::candidateId));
        List<RankedCandidate> ranked = new ArrayList<>(listed.size());
        int rank = 0;
        for (RankedCandidate c : listed) {
            ranked.add(c.panelScore() == null ? c : withRank(c, ++rank));
        }

        List<Leniency> leniency = new ArrayList<>();
        for (RaterLeniency l : opening.leniency()) {
            leniency.add(
                    new Leniency(
                            l.interviewer(),
                            displayNames.getOrDefault(l.interviewer(), l.interviewer()),
                            DefinedValue.orNull(l.leniency()),
                            l.coRatedRatings(),
                            l.coRatedCandidates()));
        }
        leniency.sort(Comparator.comparing(Leniency::interviewer));

        List<String> statuses =
                candidates.stream()
                        .map(CandidateRow::status)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        stages.remove(null);
        List<String> competencyColumns = new ArrayList<>(competencies);
        competencyColumns.sort(String.CASE_INSENSITIVE_ORDER);
        return new OpeningComparison(
                openingId,
                openingTitle,
                adjusted,
                competencyColumns,
                List.copyOf(stages),
                statuses,
                ranked,
                leniency,
                RaterLeniency.MINIMUM_CO_RATED_CANDIDATES,
                DefinedValue.orNull(opening.openingAlpha()),
                Agreement.OPENING_LEVEL,
                panels.size() > 1,
                candidates.size());
    }

    private static RankedCandidate withRank(RankedCandidate c, int rank) {
        return new RankedCandidate(
                rank,
                c.candidateId(),
                c.name(),
                c.status(),
                c.stage(),
                c.panelScore(),
                c.interval(),
                c.interviewers(),
                c.competencyScores(),
                c.tally(),
                c.scorecardsSubmitted(),
                c.scorecardsExpected(),
                c.withheld(),
                c.icc21(),
                c.icc2k(),
                c.alphaInterval());
    }
}
