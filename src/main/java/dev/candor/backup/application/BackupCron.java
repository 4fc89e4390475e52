package dev.candor.backup.application;

import jakarta.ejb.ScheduleExpression;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code CANDOR_BACKUP_CRON}: when scheduled backups run. Either a daily time {@code HH:MM} (UTC)
 * or a five-field cron expression {@code minute hour day-of-month month day-of-week} ("30 2 * *
 * 1-5"). Both become a Jakarta EE {@link ScheduleExpression} for the container's timer service,
 * which already knows lists, ranges and steps: nothing here parses them, so no scheduler is
 * hand-written and no library is added. {@code off} (the default) or an empty value: no schedule.
 */
public final class BackupCron {

    private static final Pattern DAILY = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern FIELD = Pattern.compile("[0-9*/,\\-A-Za-z]+");

    private BackupCron() {}

    /**
     * @throws IllegalArgumentException with a sentence naming the setting, for a value that is
     *     neither form
     */
    public static Optional<ScheduleExpression> parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.toLowerCase(Locale.ROOT).equals("off")) {
            return Optional.empty();
        }
        var daily = DAILY.matcher(text);
        if (daily.matches()) {
            return Optional.of(
                    utc().hour(Integer.parseInt(daily.group(1)))
                            .minute(Integer.parseInt(daily.group(2))));
        }
        String[] fields = text.split("\\s+");
        if (fields.length != 5
                || !Arrays.stream(fields).allMatch(f -> FIELD.matcher(f).matches())) {
            throw new IllegalArgumentException(
                    "CANDOR_BACKUP_CRON must be off, a daily time such as 02:30, or five cron"
                            + " fields \"minute hour day-of-month month day-of-week\" such as"
                            + " \"30 2 * * 1-5\", but it is \""
                            + text
                            + "\".");
        }
        return Optional.of(
                utc().minute(fields[0])
                        .hour(fields[1])
                        .dayOfMonth(fields[2])
                        .month(fields[3])
                        .dayOfWeek(fields[4]));
    }

    private static ScheduleExpression utc() {
        return new ScheduleExpression().timezone("UTC").second(0);
    }
}
