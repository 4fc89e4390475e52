package dev.candor.debrief.application;

import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.ComparisonAdditions.RuleView;
import dev.candor.comparison.application.Comparisons;
import dev.candor.comparison.application.CompetencyFigures;
import dev.candor.debrief.domain.DecisionRecord;
import dev.candor.debrief.domain.Departure;
import dev.candor.debrief.infrastructure.DebriefReadModel;
import dev.candor.debrief.infrastructure.DebriefRecords;
import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.CandidateStatus;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.AuditableEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hiring manager's decisions on a candidate. Whoever may read the candidate's report reads
 * them; only a hiring manager of the candidate's opening records one. A record is never changed: a
 * reversal is a new record replacing the latest, and the candidate's status follows the latest.
 */
@ApplicationScoped
@Transactional
public class Decisions {

    @Inject Comparisons comparisons;

    @Inject Caller caller;

    @Inject DebriefRecords records;

    @Inject DebriefReadModel readModel;

    @Inject Event<AuditableEvent> audit;

    @Inject Clock clock;

    @PersistenceContext EntityManager em;

    /** The candidate's decision records, oldest first (403/404 as for the report). */
    public List<DecisionView> of(long candidateId) {
        comparisons.candidateReport(candidateId);
        return records.decisionsOf(candidateId).stream().map(DecisionView::of).toList();
    }

    public DecisionView record(long candidateId, DecisionRecord.Request request) {
        CandidateReport report = comparisons.candidateReport(candidateId);
        String me = caller.requireUsername();
        if (!caller.hasRole(Role.HIRING_MANAGER)
                || !readModel.hiringManagers(report.openingId()).contains(me)) {
            throw new AccessDeniedException(
                    "Only a hiring manager of this opening records the decision.");
        }
        // One writer at a time per candidate, so two reversals cannot both replace the same record.
        Candidate candidate = em.find(Candidate.class, candidateId, LockModeType.PESSIMISTIC_WRITE);
        List<DecisionRecord> earlier = records.decisionsOf(candidateId);
        Long replaces = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).getId();
        boolean rulesMet = report.rules().stream().allMatch(RuleView::met);
        Double panelScore = report.panelScore() == null ? null : report.panelScore().score();
        DecisionRecord decision =
                DecisionRecord.record(
                        candidateId,
                        request == null
                                ? new DecisionRecord.Request(null, null, null, null, null)
                                : request,
                        citable(report),
                        verdict -> Departure.departs(verdict, panelScore, rulesMet),
                        replaces,
                        me,
                        clock.instant());
        records.add(decision);
        candidate.changeStatus(
                switch (decision.getDecision()) {
                    case HIRE -> CandidateStatus.HIRED;
                    case NO_HIRE -> CandidateStatus.REJECTED;
                    case HOLD -> CandidateStatus.ACTIVE;
                });
        Map<String, String> details = new LinkedHashMap<>();
        details.put("decision", decision.getDecision().name());
        details.put("departs", Boolean.toString(decision.isDeparts()));
        details.put("decisionId", decision.getId().toString());
        if (replaces != null) {
            details.put("replaces", replaces.toString());
        }
        audit.fire(
                new AuditableEvent(
                        "candidate.decision-recorded", me, "candidate:" + candidateId, details));
        return DecisionView.of(decision);
    }

    /** The competencies a rationale can cite: those the panel rated, and the opening's key ones. */
    private Set<String> citable(CandidateReport report) {
        Set<String> names = new LinkedHashSet<>();
        report.competencies().stream().map(CompetencyFigures::competency).forEach(names::add);
        names.addAll(readModel.keyCompetencies(report.openingId()));
        if (names.isEmpty()) {
            names.addAll(readModel.bankCompetencies());
        }
        return names;
    }
}
