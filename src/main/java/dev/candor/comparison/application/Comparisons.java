package dev.candor.comparison.application;

import dev.candor.comparison.application.ReportAssembly.Filter;
import dev.candor.comparison.domain.QuestionStatistics;
import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.planning.application.PlanningAccess;
import dev.candor.scoring.domain.ScorecardStatus;
import dev.candor.scoring.domain.ScorecardVisibility;
import dev.candor.scoring.domain.ScorecardVisibility.Decision;
import dev.candor.scoring.domain.ScorecardVisibility.OwnScorecard;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.AuditableEvent;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The panel comparison: a candidate's debrief report and the comparison of an opening's candidates.
 *
 * <p>Access: administrators and recruiters see every opening and candidate; hiring managers the
 * openings that list them; an interviewer sees a candidate's report once their own scorecards for
 * that candidate are submitted (403 before). Independence first, as in {@link ScorecardVisibility}:
 * anyone with an own scorecard for the candidate still pending sees nothing of the others' (403 for
 * the report; in the opening comparison that candidate is listed as withheld and left out of every
 * figure). An opening or candidate the caller has no relation to is reported as not found.
 */
@ApplicationScoped
@Transactional
public class Comparisons {

    @Inject private Caller caller;

    @Inject private PlanningAccess planningAccess;

    @Inject private ComparisonReadModel readModel;

    @Inject private Event<AuditableEvent> audit;

    @Inject
    @ConfigProperty(
            name = "candor.comparison.disagreement-threshold",
            defaultValue = "" + QuestionStatistics.DEFAULT_DISAGREEMENT_THRESHOLD)
    private double disagreementThreshold;

    /**
     * Accounts for a file that takes candidates' data out of Candor (a debrief PDF, a comparison
     * CSV or XLSX), after it was built for the caller.
     *
     * @param subject {@code candidate:id} or {@code opening:id}
     */
    public void recordDownload(String subject, String format) {
        audit.fire(
                new AuditableEvent(
                        "export.downloaded",
                        caller.requireUsername(),
                        subject,
                        Map.of("format", format)));
    }

    public double disagreementThreshold() {
        return disagreementThreshold;
    }

    /**
     * The debrief report of one candidate (403 for a panel member whose own scorecard is not
     * submitted yet).
     */
    public CandidateReport candidateReport(long candidateId) {
        String me = caller.requireUsername();
        CandidateHeader header =
                readModel
                        .candidate(candidateId)
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "There is no candidate "
                                                        + candidateId
                                                        + " that you can see."));
        List<SeatRow> seats = readModel.seatsOfCandidate(candidateId);
        OwnScorecard own = ownOf(seats, me);
        boolean hiringManager =
                caller.hasRole(Role.HIRING_MANAGER)
                        && readModel.isHiringManager(header.openingId(), me);
        Decision decision =
                ScorecardVisibility.decide(
                        new ScorecardVisibility.Viewer(me, roles(), hiringManager, own),
                        "",
                        ScorecardStatus.SUBMITTED);
        if (decision == Decision.OWN_PENDING) {
            throw new AccessDeniedException(
                    "Submit your own scorecard for "
                            + header.name()
                            + " first; then you can see the panel's results.");
        }
        if (!decision.isVisible()) {
            throw new NotFoundException(
                    "There is no candidate " + candidateId + " that you can see.");
        }
        return ReportAssembly.candidateReport(
                header,
                seats,
                readModel.ratingsOfCandidate(candidateId),
                readModel.amendmentsOfCandidate(candidateId),
                disagreementThreshold);
    }

    /**
     * All candidates of an opening ranked by panel score; with {@code adjusted}, each interviewer's
     * leniency (where known) is taken off their scores first.
     */
    public OpeningComparison openingComparison(long openingId, boolean adjusted, Filter filter) {
        planningAccess.requireOpeningRole();
        String title = planningAccess.opening(openingId).getTitle();
        if (filter.status() != null
                && !filter.status().isBlank()
                && !isCandidateStatus(filter.status())) {
            throw new InvalidInputException(
                    "status", "Use one of ACTIVE, HIRED, REJECTED, WITHDRAWN.");
        }
        String me = caller.requireUsername();
        List<SeatRow> seats = readModel.seatsOfOpening(openingId);
        Set<Long> withheld = new HashSet<>();
        for (SeatRow seat : seats) {
            if (me.equals(seat.interviewer()) && !seat.submitted()) {
                withheld.add(seat.candidateId());
            }
        }
        return ReportAssembly.openingComparison(
                openingId,
                title,
                readModel.candidates(openingId),
                seats,
                readModel.ratingsOfOpening(openingId),
                withheld,
                adjusted,
                filter);
    }

    private static boolean isCandidateStatus(String status) {
        for (dev.candor.planning.domain.CandidateStatus s :
                dev.candor.planning.domain.CandidateStatus.values()) {
            if (s.name().equalsIgnoreCase(status)) {
                return true;
            }
        }
        return false;
    }

    private static OwnScorecard ownOf(List<SeatRow> seats, String me) {
        List<ScorecardStatus> statuses =
                seats.stream()
                        .filter(seat -> me.equals(seat.interviewer()))
                        .map(
                                seat ->
                                        seat.status() == null
                                                ? ScorecardStatus.NOT_STARTED
                                                : ScorecardStatus.valueOf(seat.status()))
                        .toList();
        return ScorecardVisibility.own(statuses);
    }

    private Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (caller.hasRole(role)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
