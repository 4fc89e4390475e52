package dev.candor.debrief.domain;

import dev.candor.debrief.domain.ScorecardEvidence.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The notes of an opening's scorecards indexed by shingle, so finding a near-duplicate looks only
 * at notes that share a shingle instead of every pair (an opening can hold thousands of notes).
 */
public final class NoteIndex {

    /** A note someone else wrote that is as alike as {@code similarity}. */
    public record Match(ScorecardEvidence scorecard, double similarity) {}

    private record Note(ScorecardEvidence scorecard, Set<String> shingles) {}

    private final int minShingles;
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    public NoteIndex(List<ScorecardEvidence> scorecards, int minShingles) {
        this.minShingles = minShingles;
        for (ScorecardEvidence scorecard : scorecards) {
            for (Answer answer : scorecard.answers()) {
                Set<String> shingles = NoteSimilarity.shingles(answer.notes());
                if (shingles.size() >= minShingles) {
                    int at = notes.size();
                    notes.add(new Note(scorecard, shingles));
                    shingles.forEach(
                            s -> postings.computeIfAbsent(s, k -> new ArrayList<>()).add(at));
                }
            }
        }
    }

    /** The most alike note of another scorecard, if any reaches {@code threshold}. */
    public Optional<Match> mostAlike(ScorecardEvidence scorecard, String text, double threshold) {
        Set<String> mine = NoteSimilarity.shingles(text);
        if (mine.size() < minShingles) {
            return Optional.empty();
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (String shingle : mine) {
            for (int note : postings.getOrDefault(shingle, List.of())) {
                shared.merge(note, 1, Integer::sum);
            }
        }
        Match best = null;
        for (Map.Entry<Integer, Integer> entry : shared.entrySet()) {
            Note note = notes.get(entry.getKey());
            if (note.scorecard().scorecardId() == scorecard.scorecardId()) {
                continue;
            }
            int common = entry.getValue();
            double similarity = (double) common / (mine.size() + note.shingles().size() - common);
            if (similarity >= threshold && (best == null || similarity > best.similarity())) {
                best = new Match(note.scorecard(), similarity);
            }
        }
        return Optional.ofNullable(best);
    }
}
