package dev.candor.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final Instant ENDED = Instant.parse("2030-01-15T11:00:00Z");
    private final ReminderSchedule schedule = ReminderSchedule.DEFAULT;

    private static Instant after(String duration) {
        return ENDED.plus(Duration.parse(duration));
    }

    @Test
    void noReminderIsDueBeforeTheDelayHasPassed() {
        assertTrue(schedule.due(ENDED, after("PT1H59M"), 0).isEmpty());
    }

    @Test
    void theFirstReminderIsDueTwoHoursAfterTheInterviewEnded() {
        ReminderSchedule.Reminder first = schedule.due(ENDED, after("PT2H"), 0).orElseThrow();
        assertEquals(1, first.number());
        assertFalse(first.escalation());
    }

    @Test
    void aReminderAlreadySentIsNotDueAgainUntilTheIntervalHasPassed() {
        assertTrue(schedule.due(ENDED, after("PT25H59M"), 1).isEmpty());
        assertEquals(2, schedule.due(ENDED, after("PT26H"), 1).orElseThrow().number());
    }

    @Test
    void theReminderAfterTheSecondAlsoTellsTheRecruiterAndHiringManager() {
        ReminderSchedule.Reminder third = schedule.due(ENDED, after("PT50H"), 2).orElseThrow();
        assertEquals(3, third.number());
        assertTrue(third.escalation());
    }

    @Test
    void nothingMoreIsDueAfterTheEscalation() {
        assertTrue(schedule.due(ENDED, after("P30D"), 3).isEmpty());
    }

    @Test
    void aServerThatWasDownSendsOnlyTheLatestReminderDueNotABurst() {
        ReminderSchedule.Reminder latest = schedule.due(ENDED, after("P10D"), 0).orElseThrow();
        assertEquals(3, latest.number());
        assertTrue(latest.escalation());
    }

    @Test
    void escalationAfterNRemindersFollowsTheConfiguredCount() {
        ReminderSchedule once = new ReminderSchedule(Duration.ZERO, Duration.ofHours(1), 1);
        assertFalse(once.due(ENDED, ENDED, 0).orElseThrow().escalation());
        assertTrue(once.due(ENDED, after("PT1H"), 1).orElseThrow().escalation());
    }

    @Test
    void theLastReminderFallsDueAfterTheDelayAndNIntervals() {
        assertEquals(after("PT50H"), schedule.lastDue(ENDED));
    }

    @Test
    void anIntervalOfZeroIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReminderSchedule(Duration.ofHours(2), Duration.ZERO, 2));
    }
}
