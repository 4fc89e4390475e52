package dev.candor.debrief.application;

import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.ComparisonAdditions.FlagView;
import dev.candor.comparison.application.Comparisons;
import dev.candor.debrief.domain.Flag;
import dev.candor.debrief.domain.FlagKind;
import dev.candor.debrief.domain.FlagReview;
import dev.candor.debrief.infrastructure.DebriefReadModel;
import dev.candor.debrief.infrastructure.DebriefRecords;
import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.shared.domain.AuditableEvent;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A recruiter marks a data-quality flag reviewed, with a reason; the flag stays shown, marked
 * reviewed. Audited.
 */
@ApplicationScoped
@Transactional
public class FlagReviews {

    @Inject Caller caller;

    @Inject Comparisons comparisons;

    @Inject DebriefReadModel readModel;

    @Inject DebriefRecords records;

    @Inject Event<AuditableEvent> audit;

    @Inject Clock clock;

    public FlagView review(String flagId, String reason) {
        caller.requireAnyRole(Role.RECRUITER);
        Flag flag = currentFlag(flagId);
        if (records.reviewsOf(List.of(flag.scorecardId())).containsKey(flagId)) {
            throw new ConflictException("This flag was already reviewed.");
        }
        String me = caller.requireUsername();
        records.add(new FlagReview(flag, reason, me, clock.instant()));
        audit.fire(
                new AuditableEvent(
                        "flag.reviewed",
                        me,
                        "scorecard:" + flag.scorecardId(),
                        Map.of("kind", flag.kind().name(), "flag", flagId)));
        return reportOf(flag.scorecardId()).flags().stream()
                .filter(f -> f.id().equals(flagId))
                .findFirst()
                .orElseThrow();
    }

    /** The flag as the candidate's report shows it now (404 when it is not, or not any more). */
    private Flag currentFlag(String flagId) {
        int dash = flagId == null ? -1 : flagId.indexOf('-');
        NotFoundException none = new NotFoundException("There is no flag " + flagId + ".");
        if (dash < 1) {
            throw none;
        }
        long scorecardId;
        FlagKind kind;
        try {
            scorecardId = Long.parseLong(flagId.substring(0, dash));
            kind = FlagKind.valueOf(flagId.substring(dash + 1));
        } catch (IllegalArgumentException e) {
            throw none;
        }
        FlagView shown =
                reportOf(scorecardId).flags().stream()
                        .filter(f -> f.id().equals(flagId))
                        .findFirst()
                        .orElseThrow(() -> none);
        return new Flag(kind, scorecardId, shown.interviewer(), shown.detail(), List.of());
    }

    private CandidateReport reportOf(long scorecardId) {
        Long candidate = readModel.candidateOfScorecard(scorecardId);
        if (candidate == null) {
            throw new NotFoundException("There is no flag on scorecard " + scorecardId + ".");
        }
        return comparisons.candidateReport(candidate);
    }
}
