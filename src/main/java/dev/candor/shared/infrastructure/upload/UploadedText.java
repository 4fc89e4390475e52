package dev.candor.shared.infrastructure.upload;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns an uploaded file into text, refusing files that are too big, empty or not UTF-8 (with or
 * without a byte order mark). Every import of a file uses it, so every import refuses the same
 * files with the same words.
 */
public final class UploadedText {

    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private static final String SAVE_AS_UTF8 =
            "Save it as UTF-8 (in Excel: \"CSV UTF-8 (comma delimited)\") and try again.";

    private UploadedText() {}

    /**
     * The file's text, or empty after telling {@code problems} why not.
     *
     * @param expected what the file should be, for the refusal of a workbook ("CSV text")
     */
    public static Optional<String> decode(byte[] file, String expected, Consumer<String> problems) {
        Optional<String> refusal = refusal(file, expected);
        if (refusal.isPresent()) {
            problems.accept(refusal.get());
            return Optional.empty();
        }
        int start = startsWith(file, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(file, start, file.length - start);
        CharBuffer out = CharBuffer.allocate(file.length);
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.accept(
                    "The file is not UTF-8 text: the byte at position "
                            + in.position()
                            + " is not valid UTF-8. "
                            + SAVE_AS_UTF8);
            return Optional.empty();
        }
        String text = out.flip().toString();
        if (text.isBlank()) {
            problems.accept("The file is empty.");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static Optional<String> refusal(byte[] file, String expected) {
        if (file == null || file.length == 0) {
            return Optional.of("The file is empty.");
        }
        if (file.length > MAX_FILE_BYTES) {
            return Optional.of(
                    "The file is "
                            + file.length
                            + " bytes; at most "
                            + MAX_FILE_BYTES
                            + " bytes (2 MiB) can be imported at once. Split it into smaller files.");
        }
        if (startsWith(file, 0xFE, 0xFF) || startsWith(file, 0xFF, 0xFE)) {
            return Optional.of("The file is saved as UTF-16. " + SAVE_AS_UTF8);
        }
        if (startsWith(file, 'P', 'K', 3, 4)) {
            return Optional.of(
                    "The file is a workbook or another zip archive, not "
                            + expected
                            + ". "
                            + SAVE_AS_UTF8);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] file, int... prefix) {
        if (file.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((file[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
