-- The candidate's profile in the interview kit: links (one per line), where they came from, and a résumé.
ALTER TABLE candidate ADD COLUMN profile_links VARCHAR(2600);
ALTER TABLE candidate ADD COLUMN source VARCHAR(100);

-- The résumé lives in the database, not the data directory: it is then in every backup, goes with the
-- candidate's erasure in the same transaction, and is served through the same access checks as the rest
-- of the candidate. One per candidate; the size limit (candor.resume.max-bytes) keeps rows small.
CREATE TABLE candidate_resume (
    candidate_id BIGINT NOT NULL PRIMARY KEY,
    content BYTEA NOT NULL,
    size_bytes INTEGER NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    CONSTRAINT fk_candidate_resume_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id),
    CONSTRAINT ck_candidate_resume_size CHECK (size_bytes > 0)
);
