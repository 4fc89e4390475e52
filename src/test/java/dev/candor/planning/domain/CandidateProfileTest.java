package dev.candor.planning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.shared.domain.InvalidInputException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateProfileTest {

    @Test
    void web_addresses_over_https_and_http_are_accepted() {
        assertTrue(
                new CandidateProfile(
                                List.of("https://example.com/in/ann", "http://ann.dev"), "Referral")
                        .problems()
                        .isEmpty());
    }

    @Test
    void a_link_that_would_run_script_or_open_a_file_is_refused() {
        for (String link :
                List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/cv")) {
            CandidateProfile profile = new CandidateProfile(List.of(link), null);
            assertTrue(
                    profile.problems().get("links").contains("not a web address"),
                    link + ": " + profile.problems());
        }
    }

    @Test
    void a_link_without_a_site_or_with_spaces_is_refused() {
        assertTrue(new CandidateProfile(List.of("https://"), null).problems().containsKey("links"));
        assertTrue(
                new CandidateProfile(List.of("https://exa mple.com"), null)
                        .problems()
                        .containsKey("links"));
    }

    @Test
    void blank_and_repeated_links_are_dropped_and_at_most_five_are_kept() {
        assertEquals(
                List.of("https://a.example"),
                new CandidateProfile(List.of(" https://a.example ", "", "https://a.example"), null)
                        .links());
        List<String> six = Collections.nCopies(6, "https://x.example/");
        List<String> distinct =
                java.util.stream.IntStream.range(0, 6)
                        .mapToObj(i -> "https://x.example/" + i)
                        .toList();
        assertEquals(1, new CandidateProfile(six, null).links().size());
        assertTrue(
                new CandidateProfile(distinct, null).problems().get("links").contains("at most 5"));
    }

    @Test
    void a_source_is_free_text_of_at_most_a_hundred_characters() {
        assertTrue(new CandidateProfile(List.of(), "Job board").problems().isEmpty());
        assertTrue(
                new CandidateProfile(List.of(), "x".repeat(101))
                        .problems()
                        .get("source")
                        .contains("at most 100"));
    }

    @Test
    void the_candidate_keeps_its_links_in_order_and_forgets_them_on_erasure() {
        Candidate candidate =
                new Candidate(
                        Plans.opening(),
                        new CandidateDetails("Ann", "ann@example.com", null, null),
                        Instant.EPOCH);
        candidate.describeProfile(
                new CandidateProfile(
                        List.of("https://b.example", "https://a.example"), "Referral"));
        assertEquals(
                List.of("https://b.example", "https://a.example"), candidate.getProfile().links());
        assertThrows(
                InvalidInputException.class,
                () -> candidate.describeProfile(new CandidateProfile(List.of("mailto:x"), null)));
        candidate.erase(Instant.EPOCH);
        assertEquals(List.of(), candidate.getProfile().links());
        assertEquals("", candidate.getProfile().source());
    }
}
