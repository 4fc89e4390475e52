package dev.candor.planning.application;

import dev.candor.planning.domain.CandidateResume;
import java.time.Instant;

/**
 * That a candidate has a résumé, how large, and since when: what a page shows before a download.
 */
public record ResumeInfo(long candidateId, int sizeBytes, Instant uploadedAt)
        implements java.io.Serializable {

    static ResumeInfo of(CandidateResume resume) {
        return new ResumeInfo(
                resume.getCandidateId(), resume.getSizeBytes(), resume.getUploadedAt());
    }
}
