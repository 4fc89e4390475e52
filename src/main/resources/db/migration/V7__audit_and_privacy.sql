-- The audit log: one row per security- or score-relevant event, each chained to the one before by
-- SHA-256 (entry_hash = SHA-256 of previous_hash and the entry's canonical form), so a changed or
-- removed row shows when the chain is verified. Ids are the chain's positions, 1, 2, 3, ... without gaps.
-- details is the event's facts as a JSON object with its names sorted, exactly as hashed.
CREATE TABLE audit_entry (
    id BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type VARCHAR(64) NOT NULL,
    actor VARCHAR(64),
    subject VARCHAR(100),
    details VARCHAR(4000) NOT NULL,
    previous_hash VARCHAR(64) NOT NULL,
    entry_hash VARCHAR(64) NOT NULL
);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);
CREATE INDEX ix_audit_entry_type ON audit_entry (event_type);

-- The end of the chain, one row. Appending locks it (SELECT ... FOR UPDATE), so concurrent
-- transactions append one after the other and never both link to the same previous entry.
CREATE TABLE audit_chain_head (
    id INTEGER PRIMARY KEY,
    last_entry BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_entry, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Erasure (GDPR art. 17): when a candidate's personal data was removed; the row stays so the ratings
-- keep their place in the opening's statistics, under a placeholder name.
ALTER TABLE candidate ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
