package dev.candor.scoring.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.domain.Recommendation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoNotesTest {

    @Test
    void no_two_demo_interviewers_write_the_same_notes_or_summary() {
        Set<String> notes = new HashSet<>();
        int written = 0;
        for (int member = 0; member < 3; member++) {
            for (int score = 1; score <= 5; score++) {
                for (int position = 1; position <= 6; position++) {
                    String text = DemoNotes.notes(member, score, position);
                    assertTrue(text.length() >= 40, "notes worth reading: " + text);
                    notes.add(text);
                    written++;
                }
            }
        }
        assertEquals(written, notes.size(), "every note differs from every other");
        Set<String> summaries = new HashSet<>();
        for (int member = 0; member < 3; member++) {
            for (Recommendation recommendation : Recommendation.values()) {
                summaries.add(DemoNotes.summary(member, recommendation));
            }
        }
        assertEquals(3 * Recommendation.values().length, summaries.size());
    }
}
