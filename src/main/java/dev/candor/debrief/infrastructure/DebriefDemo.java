package dev.candor.debrief.infrastructure;

import dev.candor.debrief.domain.DecisionRecord;
import dev.candor.debrief.domain.DecisionRules;
import dev.candor.debrief.domain.Departure;
import dev.candor.debrief.domain.OpeningRules;
import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.CandidateStatus;
import dev.candor.planning.domain.Opening;
import dev.candor.shared.infrastructure.startup.StartupTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With CANDOR_DEMO=true, after scoring's demo (order 40): decision rules for the demo opening (a
 * veto and a minimum on its first two competencies, coverage 2, three scorecards) and a recorded
 * hire for its first, clear-cut candidate, so a newcomer sees rules, flags and a decision in the
 * comparison, the report, the debrief and the PDF pack. Runs once: an opening with rules is left
 * alone.
 */
@ApplicationScoped
public class DebriefDemo implements StartupTask {

    private static final Logger LOG = Logger.getLogger(DebriefDemo.class.getName());
    private static final String OPENING = "Customer Service Lead";
    private static final String MANAGER = "manager";

    @PersistenceContext private EntityManager em;

    @Inject private DebriefReadModel readModel;

    @Inject private DebriefRecords records;

    @Inject private Clock clock;

    @Inject
    @ConfigProperty(name = "candor.demo", defaultValue = "false")
    private boolean demo;

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional
    public void run() {
        if (!demo) {
            return;
        }
        Opening opening =
                em.createQuery("select o from Opening o where o.title = :t", Opening.class)
                        .setParameter("t", OPENING)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (opening == null || em.find(OpeningRules.class, opening.getId()) != null) {
            return;
        }
        List<String> competencies =
                em
                        .createNativeQuery(
                                "SELECT DISTINCT co.name FROM interview_question iq JOIN interview i ON i.id = iq.interview_id "
                                        + "JOIN question_version qv ON qv.id = iq.question_version_id "
                                        + "JOIN competency co ON co.id = qv.competency_id WHERE i.opening_id = ?1 ORDER BY co.name")
                        .setParameter(1, opening.getId())
                        .getResultList()
                        .stream()
                        .map(row -> row instanceof Object[] a ? (String) a[0] : (String) row)
                        .toList();
        if (competencies.size() < 2) {
            return;
        }
        records.saveRules(
                opening.getId(),
                new DecisionRules(
                        List.of(new DecisionRules.Veto(competencies.get(0), 1.5)),
                        List.of(new DecisionRules.Minimum(competencies.get(1), 3)),
                        2,
                        3));
        List<Long> candidates = readModel.candidateIds(opening.getId());
        if (candidates.isEmpty()) {
            return;
        }
        long first = candidates.get(0);
        records.add(
                DecisionRecord.record(
                        first,
                        new DecisionRecord.Request(
                                "HIRE",
                                "Specific, owned examples throughout; the panel agreed on "
                                        + competencies.get(0)
                                        + " and the rules are met.",
                                List.of(competencies.get(0)),
                                List.of(MANAGER, "interviewer1", "interviewer2", "interviewer3"),
                                null),
                        competencies,
                        verdict -> Departure.departs(verdict, 4.5, true),
                        null,
                        MANAGER,
                        clock.instant()));
        em.find(Candidate.class, first).changeStatus(CandidateStatus.HIRED);
        LOG.info("Demo debrief: rules for " + OPENING + " and one recorded decision.");
    }
}
