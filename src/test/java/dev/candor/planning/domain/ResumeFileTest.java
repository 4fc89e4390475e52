package dev.candor.planning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResumeFileTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void a_file_that_starts_with_the_pdf_header_is_a_pdf_whatever_it_is_called() {
        assertTrue(ResumeFile.contentProblem(bytes("%PDF-1.7\n%\u00e2\u00e3\n")).isEmpty());
    }

    @Test
    void a_word_file_an_html_page_or_an_empty_file_is_not_a_pdf() {
        assertTrue(
                ResumeFile.contentProblem(bytes("PK\u0003\u0004word/document.xml"))
                        .orElseThrow()
                        .contains("not a PDF"));
        assertTrue(
                ResumeFile.contentProblem(bytes("<html><script>alert(1)</script>%PDF-"))
                        .isPresent());
        assertTrue(ResumeFile.contentProblem(bytes("%PDF")).isPresent());
        assertTrue(ResumeFile.contentProblem(new byte[0]).orElseThrow().contains("empty"));
    }

    @Test
    void the_size_limit_is_inclusive_and_said_in_megabytes() {
        long fiveMegabytes = 5L * 1024 * 1024;
        assertFalse(ResumeFile.tooLarge(fiveMegabytes, fiveMegabytes));
        assertTrue(ResumeFile.tooLarge(fiveMegabytes + 1, fiveMegabytes));
        assertEquals("5 MB", ResumeFile.describeLimit(fiveMegabytes));
        assertEquals("100 KB", ResumeFile.describeLimit(100 * 1024));
        assertTrue(new ResumeTooLargeException(fiveMegabytes).getMessage().contains("5 MB"));
    }

    @Test
    void a_stored_resume_refuses_bytes_that_are_not_a_pdf() {
        CandidateResume resume = new CandidateResume(7, bytes("%PDF-1.4 x"), Instant.EPOCH, "rec");
        assertEquals(10, resume.getSizeBytes());
        assertThrows(
                IllegalArgumentException.class,
                () -> resume.replace(bytes("GIF89a"), Instant.EPOCH, "rec"));
        assertEquals(10, resume.getSizeBytes());
    }
}
