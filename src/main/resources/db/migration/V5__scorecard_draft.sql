-- The recommendation and summary are autosaved while the interviewer drafts (issue 7), into scorecard's own
-- recommendation and summary columns, which submission then fixes. A draft save is ordered by the client's
-- revision like a rating's: draft_revision is the last one accepted (0 = no draft save yet).

ALTER TABLE scorecard ADD COLUMN draft_revision BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE scorecard ADD COLUMN draft_updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE scorecard ADD CONSTRAINT ck_scorecard_draft_revision CHECK (draft_revision >= 0);
