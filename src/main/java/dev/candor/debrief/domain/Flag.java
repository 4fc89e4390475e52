package dev.candor.debrief.domain;

import java.util.List;

/**
 * A data-quality flag on one scorecard. {@link #id()} is stable (scorecard and kind), so a review
 * recorded against it stays with it.
 *
 * @param detail what was found, in words
 * @param matches the words that tripped a language flag (empty for the other kinds)
 */
public record Flag(
        FlagKind kind,
        long scorecardId,
        String interviewer,
        String detail,
        List<LanguageMatch> matches) {

    public Flag {
        matches = List.copyOf(matches);
    }

    public String id() {
        return id(scorecardId, kind);
    }

    public static String id(long scorecardId, FlagKind kind) {
        return scorecardId + "-" + kind.name();
    }
}
