package dev.candor.notification.application;

import dev.candor.notification.domain.CalendarInvite;
import dev.candor.notification.domain.InterviewCalendar;
import dev.candor.notification.domain.Topic;
import dev.candor.planning.application.InterviewCancelled;
import dev.candor.planning.application.InterviewMoved;
import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.PanelMemberAdded;
import dev.candor.planning.domain.PanelMemberRemoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Calendar invitations, from planning's events, queued in planning's transaction: a person who
 * joins a panel gets {@code METHOD:REQUEST}; when the interview moves everyone on it gets the
 * update with the next SEQUENCE; a person taken off, and everyone when it is cancelled, gets {@code
 * METHOD:CANCEL}. Interviews that have already ended are not sent; without a mail host nothing is
 * written at all.
 */
@ApplicationScoped
public class Invitations {

    @PersistenceContext private EntityManager em;

    @Inject private Recipients recipients;

    @Inject private Mailer mailer;

    @Inject private MailSettings settings;

    @Inject private CalendarWork work;

    @Inject private Clock clock;

    void joined(@Observes PanelMemberAdded event) {
        if (!settings.isConfigured()) {
            return;
        }
        Interview interview = em.find(Interview.class, event.interviewId());
        if (interview == null || work.isCancelled(event.interviewId())) {
            return;
        }
        InterviewCalendar calendar = calendar(interview.getId());
        send(interview, event.username(), CalendarInvite.Method.REQUEST, calendar.getSequence());
    }

    void moved(@Observes InterviewMoved event) {
        if (!settings.isConfigured()) {
            return;
        }
        Interview interview = em.find(Interview.class, event.interviewId());
        if (interview == null) {
            return;
        }
        int sequence = calendar(interview.getId()).change();
        interview
                .getActivePanel()
                .forEach(
                        username ->
                                send(interview, username, CalendarInvite.Method.REQUEST, sequence));
    }

    void cancelled(@Observes InterviewCancelled event) {
        if (!settings.isConfigured()) {
            return;
        }
        Interview interview = em.find(Interview.class, event.interviewId());
        if (interview == null) {
            return;
        }
        work.cancelled(interview.getId());
        int sequence = calendar(interview.getId()).change();
        interview
                .getActivePanel()
                .forEach(
                        username ->
                                send(interview, username, CalendarInvite.Method.CANCEL, sequence));
    }

    void left(@Observes PanelMemberRemoved event) {
        if (!settings.isConfigured()) {
            return;
        }
        Interview interview = em.find(Interview.class, event.interviewId());
        if (interview == null || work.isCancelled(event.interviewId())) {
            return;
        }
        int sequence = calendar(interview.getId()).change();
        send(interview, event.username(), CalendarInvite.Method.CANCEL, sequence);
    }

    private void send(
            Interview interview, String username, CalendarInvite.Method method, int sequence) {
        Instant now = clock.instant();
        if (!interview.endsAt().isAfter(now) || !work.firstFor(interview.getId(), username)) {
            return;
        }
        recipients
                .forTopic(username, Topic.INVITATION)
                .ifPresent(
                        to -> {
                            CalendarInvite invite = invite(interview, to, method, sequence, now);
                            mailer.queue(
                                    "invite:"
                                            + interview.getId()
                                            + ":"
                                            + username
                                            + ":"
                                            + sequence
                                            + ":"
                                            + method,
                                    to,
                                    texts(interview, to, method, sequence),
                                    new MailPayload.Calendar(method.name(), invite.text()));
                        });
    }

    private MailTexts.Mail texts(
            Interview interview,
            Recipients.Recipient to,
            CalendarInvite.Method method,
            int sequence) {
        String key =
                method == CalendarInvite.Method.CANCEL
                        ? "notification.cancel"
                        : sequence == 0 ? "notification.invite" : "notification.update";
        return MailTexts.render(
                key,
                interview.getCandidate().getName(),
                interview.getStageName(),
                MailTexts.when(interview.getStartsAt(), to.zone()),
                interview.getMinutes(),
                interview.getTotalMinutes(),
                settings.link("scoring/interview.xhtml?id=" + interview.getId()),
                to.name());
    }

    private CalendarInvite invite(
            Interview interview,
            Recipients.Recipient to,
            CalendarInvite.Method method,
            int sequence,
            Instant now) {
        MailTexts.Mail summary =
                MailTexts.render(
                        "notification.calendar",
                        interview.getCandidate().getName(),
                        interview.getStageName(),
                        settings.link("scoring/interview.xhtml?id=" + interview.getId()));
        return new CalendarInvite(
                method,
                InterviewCalendar.uid(interview.getId(), settings.installationHost()),
                sequence,
                interview.getStartsAt(),
                interview.getMinutes(),
                to.zone(),
                summary.subject(),
                summary.text(),
                settings.link("scoring/interview.xhtml?id=" + interview.getId()),
                new CalendarInvite.Person("Candor", settings.from()),
                new CalendarInvite.Person(to.name(), to.email()),
                now);
    }

    private InterviewCalendar calendar(long interviewId) {
        InterviewCalendar calendar = em.find(InterviewCalendar.class, interviewId);
        if (calendar == null) {
            calendar = new InterviewCalendar(interviewId);
            em.persist(calendar);
        }
        return calendar;
    }
}
