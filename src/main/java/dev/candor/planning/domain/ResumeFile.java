package dev.candor.planning.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A résumé as uploaded: a PDF, known by its content (a PDF starts with {@code %PDF-}; a name or a
 * declared type proves nothing), no larger than the installation allows.
 */
public final class ResumeFile {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private ResumeFile() {}

    /**
     * Whether a file of this many bytes is over the limit (413 rather than 422: not its content).
     */
    public static boolean tooLarge(long sizeBytes, long maxBytes) {
        return sizeBytes > maxBytes;
    }

    /** Why these bytes are not a PDF résumé, in the uploader's words; empty when they are. */
    public static Optional<String> contentProblem(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of("The file is empty; choose the candidate's résumé as a PDF.");
        }
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return Optional.of(
                    "The file is not a PDF (a PDF starts with %PDF-); save the résumé as PDF and"
                            + " upload that.");
        }
        return Optional.empty();
    }

    /** The limit in the units people use, e.g. "5 MB". */
    public static String describeLimit(long maxBytes) {
        long mebibytes = maxBytes / (1024 * 1024);
        return mebibytes > 0 && maxBytes % (1024 * 1024) == 0
                ? mebibytes + " MB"
                : maxBytes / 1024 + " KB";
    }
}
