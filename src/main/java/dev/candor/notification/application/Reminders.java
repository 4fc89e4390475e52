package dev.candor.notification.application;

import dev.candor.notification.domain.ReminderSchedule;
import dev.candor.notification.domain.ScorecardReminder;
import dev.candor.notification.domain.Topic;
import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.Limits;
import dev.candor.scoring.domain.Scorecard;
import dev.candor.shared.infrastructure.outbox.OutboxFeeder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds interviewers of scorecards not submitted after the interview ended, on the {@link
 * ReminderSchedule}, and escalates to the opening's recruiter and hiring managers. Runs on every
 * scheduler tick, in one transaction: each reminder sent is recorded with it, so a reminder goes
 * out once even when two nodes scan at the same time (one of them fails on the record and rolls
 * back its copy).
 */
@ApplicationScoped
public class Reminders implements OutboxFeeder {

    /**
     * Beyond the last reminder a scorecard is not looked at again; a week of slack for downtime.
     */
    private static final Duration SLACK = Duration.ofDays(7);

    @PersistenceContext private EntityManager em;

    @Inject private Recipients recipients;

    @Inject private Mailer mailer;

    @Inject private MailSettings settings;

    @Inject private Clock clock;

    @Inject
    @ConfigProperty(name = "candor.reminders.delay-minutes", defaultValue = "120")
    private long delayMinutes;

    @Inject
    @ConfigProperty(name = "candor.reminders.interval-minutes", defaultValue = "1440")
    private long intervalMinutes;

    @Inject
    @ConfigProperty(name = "candor.reminders.escalate-after", defaultValue = "2")
    private int escalateAfter;

    public ReminderSchedule schedule() {
        return new ReminderSchedule(
                Duration.ofMinutes(delayMinutes),
                Duration.ofMinutes(intervalMinutes),
                escalateAfter);
    }

    @Override
    @Transactional
    public void feed() {
        if (!settings.isConfigured()) {
            return;
        }
        ReminderSchedule schedule = schedule();
        Instant now = clock.instant();
        Instant oldest =
                now.minus(Duration.between(Instant.EPOCH, schedule.lastDue(Instant.EPOCH)))
                        .minus(SLACK)
                        .minus(Duration.ofMinutes(Limits.MAX_MINUTES));
        List<Object[]> open =
                em.createQuery(
                                "select s, i from Scorecard s, Interview i where s.interviewId = i.id "
                                        + "and s.status <> dev.candor.scoring.domain.ScorecardStatus.SUBMITTED "
                                        + "and s.withdrawn = false and i.startsAt < :now and i.startsAt > :oldest "
                                        + "order by s.id",
                                Object[].class)
                        .setParameter("now", now)
                        .setParameter("oldest", oldest)
                        .getResultList();
        for (Object[] row : open) {
            remind((Scorecard) row[0], (Interview) row[1], schedule, now);
        }
    }

    private void remind(
            Scorecard scorecard, Interview interview, ReminderSchedule schedule, Instant now) {
        if (interview.endsAt().isAfter(now)) {
            return;
        }
        ScorecardReminder record = em.find(ScorecardReminder.class, scorecard.getId());
        int sent = record == null ? 0 : record.getRemindersSent();
        var due = schedule.due(interview.endsAt(), now, sent);
        if (due.isEmpty()) {
            return;
        }
        boolean escalate = due.get().escalation() && (record == null || !record.isEscalated());
        if (record == null) {
            record = new ScorecardReminder(scorecard.getId(), now);
            em.persist(record);
        }
        record.record(due.get(), now);
        String interviewer = scorecard.getInterviewer();
        recipients
                .forTopic(interviewer, Topic.REMINDER)
                .ifPresent(
                        to ->
                                mailer.queue(
                                        "reminder:" + scorecard.getId() + ":" + due.get().number(),
                                        to,
                                        MailTexts.render(
                                                "notification.reminder",
                                                interview.getCandidate().getName(),
                                                interview.getStageName(),
                                                MailTexts.when(interview.endsAt(), to.zone()),
                                                settings.link(
                                                        "scoring/scorecard.xhtml?id="
                                                                + scorecard.getId()),
                                                to.name(),
                                                due.get().number()),
                                        null));
        if (escalate) {
            escalate(scorecard, interview, due.get().number());
        }
    }

    private void escalate(Scorecard scorecard, Interview interview, int reminders) {
        String interviewerName = recipients.displayName(scorecard.getInterviewer());
        Set<String> told = new LinkedHashSet<>();
        told.add(interview.getOpening().getCreatedBy());
        told.add(interview.getCreatedBy());
        told.addAll(interview.getOpening().getHiringManagersSorted());
        told.remove(scorecard.getInterviewer());
        for (String username : told) {
            recipients
                    .forTopic(username, Topic.ESCALATION)
                    .ifPresent(
                            to ->
                                    mailer.queue(
                                            "escalation:" + scorecard.getId() + ":" + username,
                                            to,
                                            MailTexts.render(
                                                    "notification.escalation",
                                                    interview.getCandidate().getName(),
                                                    interview.getStageName(),
                                                    MailTexts.when(interview.endsAt(), to.zone()),
                                                    interviewerName,
                                                    to.name(),
                                                    reminders - 1,
                                                    settings.link(
                                                            "openings/interview.xhtml?id="
                                                                    + interview.getId())),
                                            null));
        }
    }
}
