package dev.candor.debrief.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable pseudonyms for a blind opening: Candidate A, B, … Z, AA, AB, … in the order candidates
 * were added (their ids), so a candidate keeps their letter as others are added.
 */
public final class Pseudonyms {

    private Pseudonyms() {}

    public static Map<Long, String> of(List<Long> candidateIds, String prefix) {
        Map<Long, String> names = new LinkedHashMap<>();
        List<Long> ordered = candidateIds.stream().sorted().toList();
        for (int i = 0; i < ordered.size(); i++) {
            names.put(ordered.get(i), prefix + " " + letters(i));
        }
        return names;
    }

    static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            n--;
            letters.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return letters.toString();
    }
}
