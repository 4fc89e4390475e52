package dev.candor.debrief.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.debrief.domain.SpeakingOrder.Speaker;
import dev.candor.planning.domain.Seniority;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static AgendaItem item(long id, double range, Double rwg) {
        return new AgendaItem("q" + id, id, "Q" + id, "Ownership", range, rwg, List.of());
    }

    @Test
    void theWidestRangeComesFirstThenTheLowestAgreementAndAgreedItemsLast() {
        List<AgendaItem> ordered =
                Agenda.order(
                        List.of(
                                item(1, 0, 1.0),
                                item(2, 2, 0.5),
                                item(3, 3, 0.2),
                                item(4, 2, 0.1),
                                item(5, 1, null),
                                item(6, 1, 0.75)));
        assertEquals(
                List.of(3L, 4L, 2L, 6L, 5L, 1L),
                ordered.stream().map(AgendaItem::questionId).toList());
        assertEquals(true, ordered.get(5).agreed());
    }

    @Test
    void theLeastSeniorSpeaksFirstAndTheHiringManagerLast() {
        List<Speaker> order =
                SpeakingOrder.of(
                        List.of(
                                new Speaker("hm", "Hanna", Seniority.JUNIOR),
                                new Speaker("lead", "Lee", Seniority.LEAD),
                                new Speaker("new", "Nia", Seniority.JUNIOR),
                                new Speaker("mid", "Mo", null)),
                        Set.of("hm"));
        assertEquals(
                List.of("new", "mid", "lead", "hm"),
                order.stream().map(Speaker::username).toList());
    }

    @Test
    void pseudonymsFollowTheOrderCandidatesWereAddedAndGoPastZ() {
        assertEquals("Candidate A", Pseudonyms.of(List.of(7L, 3L), "Candidate").get(3L));
        assertEquals("Candidate B", Pseudonyms.of(List.of(7L, 3L), "Candidate").get(7L));
        assertEquals("AA", Pseudonyms.letters(26));
        assertEquals("Z", Pseudonyms.letters(25));
    }
}
