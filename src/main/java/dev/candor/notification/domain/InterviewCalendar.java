package dev.candor.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An interview's entry in people's calendars: one UID for its whole life, and a SEQUENCE that goes
 * up with every change sent, so calendar programs apply the latest.
 */
@Entity
@Table(name = "interview_calendar")
public class InterviewCalendar {

    @Id
    @Column(name = "interview_id")
    private Long interviewId;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected InterviewCalendar() {}

    public InterviewCalendar(long interviewId) {
        this.interviewId = interviewId;
        this.sequence = 0;
    }

    /**
     * The entry changed (moved, an attendee removed, cancelled): the SEQUENCE of what is sent now.
     * The first invitation has 0, as RFC 5545 starts.
     */
    public int change() {
        return ++sequence;
    }

    public int getSequence() {
        return sequence;
    }

    /** Stable for the interview: a change updates the entry and a cancellation removes it. */
    public static String uid(long interviewId, String host) {
        return "interview-" + interviewId + "@" + host;
    }
}
