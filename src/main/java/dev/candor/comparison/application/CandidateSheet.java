package dev.candor.comparison.application;

import dev.candor.comparison.domain.CandidateRatings;
import dev.candor.comparison.domain.InterviewerScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One candidate's submitted ratings, keyed by question: ratings of the same bank question by
 * different panel members are one row of the matrix, even across interviews. Should one interviewer
 * have rated the same question in two interviews, the second is kept as a row of its own
 * ("question@interview"), so no rating is lost and no interviewer counts twice on one question.
 */
final class CandidateSheet {

    final long candidateId;

    /** Question key -> the rows on it, in the order the questions were asked. */
    final Map<String, List<RatingRow>> byQuestion = new LinkedHashMap<>();

    /** Question key -> its competency. */
    final Map<String, String> competencyOf = new LinkedHashMap<>();

    /** Scored ratings, for the statistics. */
    final List<InterviewerScore> ratings = new ArrayList<>();

    /** Interviewers with a submitted scorecard, in order of stage, then name. */
    final List<String> interviewers;

    final Map<String, String> displayNames;

    private CandidateSheet(
            long candidateId, List<String> interviewers, Map<String, String> displayNames) {
        this.candidateId = candidateId;
        this.interviewers = interviewers;
        this.displayNames = displayNames;
    }

    static CandidateSheet of(long candidateId, List<SeatRow> seats, List<RatingRow> rows) {
        return of(candidateId, seats, rows, new HashMap<>());
    }

    /**
     * @param keys question id -> its key, shared across candidates so each key string is made once
     */
    static CandidateSheet of(
            long candidateId, List<SeatRow> seats, List<RatingRow> rows, Map<Long, String> keys) {
        Map<String, String> names = new LinkedHashMap<>();
        seats.stream()
                .filter(SeatRow::submitted)
                .sorted(
                        Comparator.comparingInt(SeatRow::stagePosition)
                                .thenComparing(SeatRow::interviewer))
                .forEach(
                        seat ->
                                names.putIfAbsent(
                                        seat.interviewer(),
                                        seat.displayName() == null
                                                ? seat.interviewer()
                                                : seat.displayName()));
        CandidateSheet sheet = new CandidateSheet(candidateId, List.copyOf(names.keySet()), names);
        String candidate = Long.toString(candidateId);
        Map<String, Long> interviewOfKey = new HashMap<>();
        Map<String, Set<String>> takenBy = new HashMap<>();
        for (RatingRow row : rows) {
            String key = keys.computeIfAbsent(row.questionId(), id -> "q" + id);
            Set<String> taken = takenBy.computeIfAbsent(row.interviewer(), u -> new HashSet<>());
            Long interviewOf = interviewOfKey.putIfAbsent(key, row.interviewId());
            if (taken.contains(key) && interviewOf != null && interviewOf != row.interviewId()) {
                key = key + "@" + row.interviewId();
                interviewOfKey.putIfAbsent(key, row.interviewId());
            }
            if (!taken.add(key)) {
                continue;
            }
            List<RatingRow> its = sheet.byQuestion.get(key);
            if (its == null) {
                its = new ArrayList<>(4);
                sheet.byQuestion.put(key, its);
                sheet.competencyOf.put(key, row.competency());
            }
            its.add(row);
            if (row.score() != null && !row.skipped()) {
                sheet.ratings.add(
                        new InterviewerScore(
                                candidate,
                                key,
                                sheet.competencyOf.get(key),
                                row.interviewer(),
                                row.score()));
            }
        }
        return sheet;
    }

    CandidateRatings statistics() {
        return ratings.isEmpty() ? null : CandidateRatings.of(Long.toString(candidateId), ratings);
    }
}
