package dev.candor.backup.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class BackupCronTest {

    @Test
    void offOrEmptyMeansNoSchedule() {
        assertTrue(BackupCron.parse("off").isEmpty());
        assertTrue(BackupCron.parse("  ").isEmpty());
        assertTrue(BackupCron.parse(null).isEmpty());
    }

    @Test
    void aDailyTimeRunsEveryDayAtThatMinuteInUtc() {
        ScheduleExpression daily = BackupCron.parse("02:30").orElseThrow();
        assertEquals("2", daily.getHour());
        assertEquals("30", daily.getMinute());
        assertEquals("0", daily.getSecond());
        assertEquals("*", daily.getDayOfWeek());
        assertEquals("UTC", daily.getTimezone());
    }

    @Test
    void fiveCronFieldsMapOntoTheTimerServicesFields() {
        ScheduleExpression weekdays = BackupCron.parse("15 */6 * * 1-5").orElseThrow();
        assertEquals("15", weekdays.getMinute());
        assertEquals("*/6", weekdays.getHour());
        assertEquals("*", weekdays.getDayOfMonth());
        assertEquals("*", weekdays.getMonth());
        assertEquals("1-5", weekdays.getDayOfWeek());
    }

    @Test
    void anythingElseIsRefusedWithASentenceNamingTheSetting() {
        IllegalArgumentException wrong =
                assertThrows(IllegalArgumentException.class, () -> BackupCron.parse("25:00"));
        assertTrue(wrong.getMessage().contains("CANDOR_BACKUP_CRON"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BackupCron.parse("* * *"));
        assertThrows(IllegalArgumentException.class, () -> BackupCron.parse("0 2 * * 1; rm"));
    }
}
