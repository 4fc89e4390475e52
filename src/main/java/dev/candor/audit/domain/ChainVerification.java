package dev.candor.audit.domain;

import java.util.Objects;

/**
 * Walks the audit log in order and finds the first entry that does not belong where it is: its
 * number is not the next one (an entry before it was removed), it does not link to the hash before
 * it, or its own hash no longer matches what is stored (it was changed).
 */
public final class ChainVerification {

    private long entries;
    private long expectedId = 1;
    private String expectedPrevious = AuditEntry.GENESIS;
    private Long firstBroken;

    /** Takes the next stored entry, in id order. */
    public void check(AuditEntry entry) {
        entries++;
        if (firstBroken == null
                && (entry.getId() != expectedId
                        || !Objects.equals(entry.getPreviousHash(), expectedPrevious)
                        || !entry.isIntact())) {
            firstBroken = entry.getId();
        }
        expectedId = entry.getId() + 1;
        expectedPrevious = entry.getHash();
    }

    /** The stored head must point at the last entry seen: entries cut off the end show here. */
    public Result finish(AuditChainHead head) {
        if (firstBroken == null
                && (head.getLastEntry() != expectedId - 1
                        || !head.getLastHash().equals(expectedPrevious))) {
            firstBroken = expectedId;
        }
        return new Result(firstBroken == null, firstBroken, entries);
    }

    /**
     * @param firstBrokenEntry the id of the first entry that fails, or {@code null} when valid
     */
    public record Result(boolean valid, Long firstBrokenEntry, long entries) {}
}
