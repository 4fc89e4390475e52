package dev.candor.debrief.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two notes are: the Jaccard similarity of their word 3-shingles (w-shingling, Broder
 * 1997), |A ∩ B| / |A ∪ B| over the sets of three consecutive words, after lower-casing and
 * dropping punctuation. Copy-paste keeps long runs of words, so shingles catch it even when a name
 * or a number was edited; two independent answers about the same question share topic words but
 * rarely three in a row. Notes with too few shingles are not compared at all: short notes look
 * alike by chance ("Clear example, good outcome.").
 */
public final class NoteSimilarity {

    static final int SHINGLE = 3;

    private NoteSimilarity() {}

    public static Set<String> shingles(String text) {
        Set<String> shingles = new HashSet<>();
        if (text == null) {
            return shingles;
        }
        String[] words =
                text.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .strip()
                        .split(" ");
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            shingles.add(String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE)));
        }
        return shingles;
    }

    /** Jaccard similarity of the two shingle sets; 0 when either is empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }
}
