package dev.candor.comparison.application;

import dev.candor.comparison.application.ReportAssembly.Filter;
import dev.candor.comparison.domain.InterviewerScore;
import dev.candor.comparison.domain.OpeningRatings;
import dev.candor.comparison.domain.PanelScore;
import dev.candor.comparison.domain.RaterLeniency;
import java.util.ArrayList;
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
 * The opening comparison from the read model's rows: every candidate's ratings pooled into the
 * opening's statistics, the candidates ranked, the interviewers' leniency.
 */
final class OpeningAssembly {

    private final List<CandidateRow> candidates;
    private final List<SeatRow> seats;
    private final Set<Long> withheld;
    private final Map<Long, List<SeatRow>> seatsOf;
    private final List<InterviewerScore> ratings = new ArrayList<>();
    private final Set<String> competencies = new LinkedHashSet<>();
    private final Set<Set<String>> panels = new HashSet<>();

    private OpeningAssembly(
            List<CandidateRow> candidates, List<SeatRow> seats, Set<Long> withheld) {
        this.candidates = candidates;
        this.seats = seats;
        this.withheld = withheld;
        this.seatsOf = seats.stream().collect(Collectors.groupingBy(SeatRow::candidateId));
    }

    static OpeningComparison of(
            long openingId,
            String openingTitle,
            List<CandidateRow> candidates,
            List<SeatRow> seats,
            List<RatingRow> rows,
            Set<Long> withheld,
            boolean adjusted,
            Filter filter) {
        OpeningAssembly assembly = new OpeningAssembly(candidates, seats, withheld);
        assembly.pool(rows);
        OpeningRatings opening = OpeningRatings.of(assembly.ratings);
        List<String> competencyColumns = new ArrayList<>(assembly.competencies);
        competencyColumns.sort(String.CASE_INSENSITIVE_ORDER);
        return new OpeningComparison(
                openingId,
                openingTitle,
                adjusted,
                competencyColumns,
                assembly.stages(),
                assembly.statuses(),
                ranked(assembly.listed(opening, adjusted, filter)),
                assembly.leniency(opening),
                RaterLeniency.MINIMUM_CO_RATED_CANDIDATES,
                DefinedValue.orNull(opening.openingAlpha()),
                Agreement.OPENING_LEVEL,
                assembly.panels.size() > 1,
                candidates.size());
    }

    /** Every visible candidate's ratings, keyed as the candidate sheet keys them. */
    private void pool(List<RatingRow> rows) {
        Map<Long, List<RatingRow>> rowsOf = new LinkedHashMap<>();
        for (RatingRow row : rows) {
            if (!withheld.contains(row.candidateId())) {
                rowsOf.computeIfAbsent(row.candidateId(), id -> new ArrayList<>()).add(row);
            }
        }
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
    }

    private List<RankedCandidate> listed(OpeningRatings opening, boolean adjusted, Filter filter) {
        Map<String, PanelScore> scores =
                adjusted ? opening.adjustedPanelScores() : opening.panelScores();
        Map<String, Map<String, PanelScore>> competencyScores = opening.competencyScores();
        List<RankedCandidate> listed = new ArrayList<>();
        for (CandidateRow candidate : candidates) {
            List<SeatRow> its = seatsOf.getOrDefault(candidate.id(), List.of());
            String stage = PanelSeats.currentStage(its);
            if (filter.accepts(candidate.status(), stage)) {
                listed.add(listing(candidate, its, stage, opening, scores, competencyScores));
            }
        }
        return listed;
    }

    private RankedCandidate listing(
            CandidateRow candidate,
            List<SeatRow> its,
            String stage,
            OpeningRatings opening,
            Map<String, PanelScore> scores,
            Map<String, Map<String, PanelScore>> competencyScores) {
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
            if (seat.interviewer() != null) {
                expected++;
                if (seat.submitted()) {
                    submitted++;
                    tally = hidden ? tally : tally.plus(seat.recommendation());
                }
            }
        }
        Agreement agreement =
                ReportStatistics.agreement(hidden ? null : opening.candidate(key).orElse(null));
        return new RankedCandidate(
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
                agreement.alphaInterval());
    }

    /** Highest panel score first; candidates without a score keep no rank, at the end. */
    private static List<RankedCandidate> ranked(List<RankedCandidate> listed) {
        listed.sort(
                Comparator.comparing(
                                RankedCandidate::panelScore,
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(RankedCandidate::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(RankedCandidate::candidateId));
        List<RankedCandidate> ranked = new ArrayList<>(listed.size());
        int rank = 0;
        for (RankedCandidate c : listed) {
            ranked.add(c.panelScore() == null ? c : c.withRank(++rank));
        }
        return ranked;
    }

    private List<Leniency> leniency(OpeningRatings opening) {
        Map<String, String> displayNames = new HashMap<>();
        for (SeatRow seat : seats) {
            if (seat.interviewer() != null && seat.displayName() != null) {
                displayNames.putIfAbsent(seat.interviewer(), seat.displayName());
            }
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
        return leniency;
    }

    private List<String> stages() {
        Set<String> stages = new LinkedHashSet<>();
        seats.stream()
                .sorted(Comparator.comparingInt(SeatRow::stagePosition))
                .forEach(seat -> stages.add(seat.stageName()));
        stages.remove(null);
        return List.copyOf(stages);
    }

    private List<String> statuses() {
        return candidates.stream()
                .map(CandidateRow::status)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }
}
