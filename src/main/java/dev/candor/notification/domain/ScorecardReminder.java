package dev.candor.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The reminders a scorecard has had. Two nodes scanning at once both try to write the next one; the
 * version lets only one commit.
 */
@Entity
@Table(name = "scorecard_reminder")
public class ScorecardReminder {

    @Id
    @Column(name = "scorecard_id")
    private Long scorecardId;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    @Column(nullable = false)
    private boolean escalated;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected ScorecardReminder() {}

    public ScorecardReminder(long scorecardId, Instant now) {
        this.scorecardId = scorecardId;
        this.lastSentAt = now;
    }

    public void record(ReminderSchedule.Reminder reminder, Instant now) {
        if (reminder.number() <= remindersSent) {
            throw new IllegalArgumentException(
                    "Reminder " + reminder.number() + " was sent already.");
        }
        remindersSent = reminder.number();
        escalated = escalated || reminder.escalation();
        lastSentAt = now;
    }

    public long getScorecardId() {
        return scorecardId;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public boolean isEscalated() {
        return escalated;
    }
}
