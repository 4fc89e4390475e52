package dev.candor.audit.domain;

import dev.candor.shared.domain.AuditableEvent;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The end of the audit chain: the last entry's number and hash. There is one row; appending locks
 * it, so two transactions never link to the same previous entry, and a truncated log shows as a
 * head pointing past the last stored entry.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id private Integer id;

    @Column(name = "last_entry", nullable = false)
    private long lastEntry;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {}

    /** A chain with nothing in it yet (the migration writes the same row). */
    public static AuditChainHead empty() {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.lastEntry = 0;
        head.lastHash = AuditEntry.GENESIS;
        return head;
    }

    /** The next entry, linked to the current last one; it becomes the new last one. */
    public AuditEntry append(AuditableEvent event, Instant at) {
        AuditEntry entry = new AuditEntry(lastEntry + 1, at, event, lastHash);
        lastEntry = entry.getId();
        lastHash = entry.getHash();
        return entry;
    }

    public long getLastEntry() {
        return lastEntry;
    }

    public String getLastHash() {
        return lastHash;
    }
}
