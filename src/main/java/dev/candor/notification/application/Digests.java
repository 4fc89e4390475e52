package dev.candor.notification.application;

import dev.candor.notification.domain.Topic;
import dev.candor.planning.domain.Candidate;
import dev.candor.scoring.application.ScorecardSubmitted;
import dev.candor.shared.infrastructure.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * On every submission, in its transaction: the scorecard's reminders not yet sent are withdrawn,
 * and when it was the candidate's last scorecard outstanding, the opening's hiring managers get one
 * "all scorecards in" e-mail with the links to the report and the debrief pack.
 */
@ApplicationScoped
public class Digests {

    @PersistenceContext private EntityManager em;

    @Inject private Outbox outbox;

    @Inject private Recipients recipients;

    @Inject private Mailer mailer;

    @Inject private MailSettings settings;

    void submitted(@Observes ScorecardSubmitted event) {
        outbox.withdraw("reminder:" + event.scorecardId() + ":");
        outbox.withdraw("escalation:" + event.scorecardId() + ":");
        long outstanding =
                em.createQuery(
                                "select count(s) from Scorecard s where s.candidateId = :c and s.withdrawn = false "
                                        + "and s.status <> dev.candor.scoring.domain.ScorecardStatus.SUBMITTED",
                                Long.class)
                        .setParameter("c", event.candidateId())
                        .getSingleResult();
        Candidate candidate = em.find(Candidate.class, event.candidateId());
        if (outstanding > 0 || candidate == null || !settings.isConfigured()) {
            return;
        }
        long submitted =
                em.createQuery(
                                "select count(s) from Scorecard s where s.candidateId = :c and s.withdrawn = false",
                                Long.class)
                        .setParameter("c", event.candidateId())
                        .getSingleResult();
        for (String manager : candidate.getOpening().getHiringManagersSorted()) {
            recipients
                    .forTopic(manager, Topic.DIGEST)
                    .ifPresent(
                            to ->
                                    mailer.queue(
                                            "digest:"
                                                    + candidate.getId()
                                                    + ":"
                                                    + submitted
                                                    + ":"
                                                    + manager,
                                            to,
                                            MailTexts.render(
                                                    "notification.digest",
                                                    candidate.getName(),
                                                    candidate.getOpening().getTitle(),
                                                    settings.link(
                                                            "comparison/candidate.xhtml?id="
                                                                    + candidate.getId()),
                                                    settings.link(
                                                            "api/v1/candidates/"
                                                                    + candidate.getId()
                                                                    + "/report.pdf"),
                                                    to.name(),
                                                    submitted),
                                            null));
        }
    }
}
