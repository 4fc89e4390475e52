package dev.candor.comparison.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * All ratings of an opening's candidates, grouped by candidate once so every statistic is a single
 * pass over them. Candidates keep the order in which they first appear in the ratings.
 */
public final class OpeningRatings {

    private final Map<String, CandidateRatings> candidates;

    private OpeningRatings(Map<String, CandidateRatings> candidates) {
        this.candidates = candidates;
    }

    /**
     * @param ratings at most one per candidate, question and interviewer
     */
    public static OpeningRatings of(Collection<InterviewerScore> ratings) {
        Map<String, List<InterviewerScore>> byCandidate = new LinkedHashMap<>();
        List<InterviewerScore> current = null;
        String currentCandidate = null;
        for (InterviewerScore rating : ratings) {
            // Ratings are usually read ordered by candidate, so most need no lookup.
            if (!rating.candidate().equals(currentCandidate)) {
                currentCandidate = rating.candidate();
                current =
                        byCandidate.computeIfAbsent(
                                currentCandidate, candidate -> new ArrayList<>());
            }
            current.add(rating);
        }
        Map<String, CandidateRatings> candidates = new LinkedHashMap<>();
        byCandidate.forEach(
                (candidate, its) -> candidates.put(candidate, CandidateRatings.of(candidate, its)));
        return new OpeningRatings(candidates);
    }

    public Collection<CandidateRatings> candidates() {
        return candidates.values();
    }

    public Optional<CandidateRatings> candidate(String candidate) {
        return Optional.ofNullable(candidates.get(candidate));
    }

    public Map<String, PanelScore> panelScores() {
        return byCandidate(CandidateRatings::panelScore);
    }

    public Map<String, Map<String, PanelScore>> competencyScores() {
        return byCandidate(CandidateRatings::competencyScores);
    }

    public List<RaterLeniency> leniency() {
        return RaterLeniency.of(candidates.values());
    }

    /**
     * Panel scores with the leniency of each interviewer whose leniency is reported taken off their
     * scores.
     */
    public Map<String, PanelScore> adjustedPanelScores() {
        Map<String, Double> offsets = new LinkedHashMap<>();
        for (RaterLeniency leniency : leniency()) {
            leniency.leniency().ifPresent(offset -> offsets.put(leniency.interviewer(), offset));
        }
        return byCandidate(candidate -> candidate.adjustedPanelScore(offsets));
    }

    public Map<String, PanelAgreement> agreement() {
        return byCandidate(CandidateRatings::agreement);
    }

    /**
     * Krippendorff's alpha (interval) with candidates as units and each interviewer's score for a
     * candidate as the value: whether the interviewers rank the opening's candidates alike.
     */
    public OptionalDouble openingAlpha() {
        Map<String, Integer> interviewerIndex = new LinkedHashMap<>();
        for (CandidateRatings candidate : candidates.values()) {
            for (String interviewer : candidate.interviewers()) {
                interviewerIndex.putIfAbsent(interviewer, interviewerIndex.size());
            }
        }
        RatingTable.Builder overallScores =
                new RatingTable.Builder(candidates.size(), interviewerIndex.size());
        int row = 0;
        for (CandidateRatings candidate : candidates.values()) {
            int unit = row++;
            candidate
                    .interviewerScores()
                    .forEach(
                            (interviewer, score) ->
                                    overallScores.rate(
                                            unit, interviewerIndex.get(interviewer), score));
        }
        return KrippendorffAlpha.interval(overallScores.build());
    }

    private <T> Map<String, T> byCandidate(Function<CandidateRatings, T> statistic) {
        Map<String, T> byCandidate = new LinkedHashMap<>();
        candidates.forEach((id, candidate) -> byCandidate.put(id, statistic.apply(candidate)));
        return byCandidate;
    }
}
