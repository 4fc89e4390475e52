package dev.candor.planning.domain;

/** A résumé over the size limit (HTTP 413): nothing was stored. */
public class ResumeTooLargeException extends RuntimeException {

    public ResumeTooLargeException(long maxBytes) {
        super(
                "The résumé is larger than "
                        + ResumeFile.describeLimit(maxBytes)
                        + ", the most Candor keeps; nothing was stored. Save a smaller PDF (fewer"
                        + " images, or print to PDF) and upload that.");
    }
}
