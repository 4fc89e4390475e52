package dev.candor.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an interviewer is reminded of a scorecard not yet submitted: reminder 1 is due {@code delay}
 * after the interview ended, each next one {@code interval} later. Reminders 1 to {@code
 * escalateAfter} go to the interviewer; reminder {@code escalateAfter + 1}, the last, goes to the
 * interviewer and also to the opening's recruiter and hiring managers. A server that was down and
 * missed several sends only the latest one due, never a burst.
 */
public record ReminderSchedule(Duration delay, Duration interval, int escalateAfter) {

    public static final ReminderSchedule DEFAULT =
            new ReminderSchedule(Duration.ofHours(2), Duration.ofHours(24), 2);

    public ReminderSchedule {
        Objects.requireNonNull(delay);
        Objects.requireNonNull(interval);
        if (delay.isNegative() || interval.isZero() || interval.isNegative() || escalateAfter < 0) {
            throw new IllegalArgumentException(
                    "Reminders need a delay of 0 or more, an interval above 0 and an escalation count of 0 or more.");
        }
    }

    /** The reminder to send now, if one is due that has not been sent. */
    public Optional<Reminder> due(Instant endedAt, Instant now, int alreadySent) {
        int due = dueCount(endedAt, now);
        return due > alreadySent
                ? Optional.of(new Reminder(due, due > escalateAfter))
                : Optional.empty();
    }

    /** How many reminders are due by now, counting the escalation; never more than the last. */
    public int dueCount(Instant endedAt, Instant now) {
        Instant first = endedAt.plus(delay);
        if (now.isBefore(first)) {
            return 0;
        }
        long after = Duration.between(first, now).toMillis() / interval.toMillis();
        return (int) Math.min(after + 1, escalateAfter + 1L);
    }

    /** The moment the last reminder falls due; after it nothing more is sent. */
    public Instant lastDue(Instant endedAt) {
        return endedAt.plus(delay).plus(interval.multipliedBy(escalateAfter));
    }

    /** The {@code number}-th reminder (from 1); an escalation also tells recruiter and managers. */
    public record Reminder(int number, boolean escalation) {}
}
