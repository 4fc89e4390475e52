package dev.candor.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A candidate's résumé, kept apart from the candidate so that reading a candidate never loads the
 * file. Replaced as a whole by a new upload.
 */
@Entity
@Table(name = "candidate_resume")
public class CandidateResume {

    @Id
    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected CandidateResume() {}

    /** A checked PDF (see {@link ResumeFile}) for the candidate. */
    public CandidateResume(
            long candidateId, byte[] content, Instant uploadedAt, String uploadedBy) {
        this.candidateId = candidateId;
        replace(content, uploadedAt, uploadedBy);
    }

    public void replace(byte[] content, Instant uploadedAt, String uploadedBy) {
        ResumeFile.contentProblem(content)
                .ifPresent(
                        problem -> {
                            throw new IllegalArgumentException(problem);
                        });
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
    }

    public long getCandidateId() {
        return candidateId;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
