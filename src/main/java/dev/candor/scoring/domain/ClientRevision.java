package dev.candor.scoring.domain;

/**
 * Where a client's save stands against what is stored, the one ordering rule of every autosave (a
 * rating, the draft recommendation and summary): a higher revision replaces what is stored; the
 * stored revision again with the same content is an idempotent replay; anything else is stale,
 * because a newer save is already stored.
 */
enum ClientRevision {
    NEWER,
    REPLAY,
    STALE;

    static final String TOO_LOW = "A client revision is a whole number from 1 up.";

    static ClientRevision compare(long sent, long stored, boolean sameContent) {
        if (sent > stored) {
            return NEWER;
        }
        return sent == stored && sameContent ? REPLAY : STALE;
    }
}
