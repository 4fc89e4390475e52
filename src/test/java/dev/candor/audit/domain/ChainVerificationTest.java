package dev.candor.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.shared.domain.AuditableEvent;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    private static final Instant AT = Instant.parse("2026-12-04T09:00:00.123456789Z");

    private final AuditChainHead head = AuditChainHead.empty();

    private List<AuditEntry> chainOf(int count) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(
                    head.append(
                            new AuditableEvent(
                                    "signin.failed",
                                    "ada",
                                    "user:ada",
                                    Map.of("reason", "wrong-password", "n", "" + i)),
                            AT.plusSeconds(i)));
        }
        return entries;
    }

    private ChainVerification.Result verify(List<AuditEntry> entries) {
        ChainVerification verification = new ChainVerification();
        entries.forEach(verification::check);
        return verification.finish(head);
    }

    @Test
    void anUntouchedChainIsValidAndCountsItsEntries() {
        ChainVerification.Result result = verify(chainOf(5));
        assertTrue(result.valid());
        assertEquals(5, result.entries());
        assertEquals(null, result.firstBrokenEntry());
    }

    @Test
    void entriesAreNumberedFromOneAndLinkToThePreviousHash() {
        List<AuditEntry> entries = chainOf(3);
        assertEquals(1L, entries.get(0).getId());
        assertEquals(AuditEntry.GENESIS, entries.get(0).getPreviousHash());
        assertEquals(entries.get(1).getHash(), entries.get(2).getPreviousHash());
        assertEquals(64, entries.get(2).getHash().length());
    }

    @Test
    void aChangedValueIsNamedAsTheFirstBrokenEntry() throws Exception {
        List<AuditEntry> entries = chainOf(5);
        set(entries.get(2), "actor", "mallory");
        ChainVerification.Result result = verify(entries);
        assertFalse(result.valid());
        assertEquals(3L, result.firstBrokenEntry());
        assertEquals(5, result.entries());
    }

    @Test
    void aRehashedChangeStillBreaksTheLinkOfTheNextEntry() throws Exception {
        List<AuditEntry> entries = chainOf(5);
        set(entries.get(1), "details", "{}");
        set(entries.get(1), "hash", entries.get(1).computeHash());
        assertEquals(3L, verify(entries).firstBrokenEntry());
    }

    @Test
    void aRemovedEntryIsNoticedAtTheGap() {
        List<AuditEntry> entries = chainOf(5);
        entries.remove(1);
        assertEquals(3L, verify(entries).firstBrokenEntry());
    }

    @Test
    void entriesCutOffTheEndAreNoticedThroughTheHead() {
        List<AuditEntry> entries = chainOf(5);
        ChainVerification.Result result = verify(entries.subList(0, 3));
        assertFalse(result.valid());
        assertEquals(4L, result.firstBrokenEntry());
    }

    @Test
    void detailsAreHashedSortedByNameWhateverOrderTheyCameIn() {
        Map<String, String> backwards = new LinkedHashMap<>();
        backwards.put("zeta", "1");
        backwards.put("alpha", "2");
        assertEquals("{\"alpha\":\"2\",\"zeta\":\"1\"}", AuditEntry.canonicalDetails(backwards));
    }

    @Test
    void theCanonicalFormKeepsMillisecondsSoEveryDatabaseStoresItExactly() {
        AuditEntry entry = chainOf(1).get(0);
        assertEquals(Instant.parse("2026-12-04T09:00:00.123Z"), entry.getOccurredAt());
        assertTrue(entry.canonicalForm().contains("\"occurredAt\":\"2026-12-04T09:00:00.123Z\""));
    }

    @Test
    void theSameEventAtAnotherPlaceInTheChainHashesDifferently() {
        List<AuditEntry> entries = chainOf(2);
        assertNotEquals(entries.get(0).getHash(), entries.get(1).getHash());
    }

    private static void set(AuditEntry entry, String name, String value) throws Exception {
        Field field = AuditEntry.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(entry, value);
    }
}
