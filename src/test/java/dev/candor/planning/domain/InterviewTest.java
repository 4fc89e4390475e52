package dev.candor.planning.domain;

import static dev.candor.planning.domain.Plans.COMPOSURE;
import static dev.candor.planning.domain.Plans.MONDAY_10;
import static dev.candor.planning.domain.Plans.NOW;
import static dev.candor.planning.domain.Plans.TACT;
import static dev.candor.planning.domain.Plans.active;
import static dev.candor.planning.domain.Plans.ask;
import static dev.candor.planning.domain.Plans.candidate;
import static dev.candor.planning.domain.Plans.opening;
import static dev.candor.planning.domain.Plans.revise;
import static dev.candor.planning.domain.Plans.stage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.questionbank.domain.Question;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterviewTest {

    private final Question calm = active("Tell me about an angry customer.", COMPOSURE);
    private final Question no = active("Tell me about saying no.", TACT);
    private final Opening opening = opening();
    private final Candidate ann;

    InterviewTest() {
        opening.replacePlan(List.of(stage("Service", 45, ask(calm, 15), ask(no, 10))));
        ann = candidate(opening, "Ann Lee");
    }

    private Interview schedule(String... panel) {
        return Interview.schedule(ann, service(), MONDAY_10, 45, List.of(panel), "recruiter", NOW);
    }

    private PlanStage service() {
        return opening.stageNamed("Service").orElseThrow();
    }

    @Test
    void anInterviewCopiesItsStagesQuestionsNumberedFromOne() {
        Interview interview = schedule("ines", "ivan");

        assertEquals(
                List.of(1, 2),
                interview.getQuestions().stream().map(InterviewQuestion::getPosition).toList());
        assertEquals(calm.getCurrentVersion(), interview.getQuestions().get(0).getVersion());
        assertEquals(25, interview.getTotalMinutes());
        assertEquals("Service", interview.getStageName());
        assertEquals(List.of("ines", "ivan"), interview.getActivePanel());
    }

    @Test
    void anInterviewThatNobodyHasStartedFollowsPlanChanges() {
        Interview interview = schedule("ines");
        revise(calm, "Tell me about a very angry customer.");
        opening.moveToNewestVersion(calm);

        assertTrue(interview.refreshFrom(service()));

        assertEquals(2, interview.getQuestions().get(0).getVersion().getNumber());
    }

    @Test
    void aFrozenInterviewKeepsItsQuestionsWhateverThePlanDoes() {
        Interview interview = schedule("ines");
        interview.freeze(NOW);
        opening.replacePlan(List.of(stage("Service", 45, ask(no, 10))));

        assertThrows(IllegalStateException.class, () -> interview.refreshFrom(service()));
        assertEquals(2, interview.getQuestions().size());
    }

    @Test
    void onlyAFrozenInterviewMayOutliveItsStage() {
        Interview interview = schedule("ines");

        assertThrows(IllegalStateException.class, interview::detachFromStage);
        interview.freeze(NOW);
        interview.detachFromStage();

        assertTrue(interview.getStage().isEmpty());
        assertEquals("Service", interview.getStageName());
    }

    @Test
    void aPanelMemberRemovedBeforeStartingLeavesThePanel() {
        Interview interview = schedule("ines", "ivan");

        PanelChange change = interview.changePanel(List.of("ines", "iris"), username -> false, NOW);

        assertEquals(List.of("iris"), change.added());
        assertEquals(List.of("ivan"), change.removed());
        assertFalse(interview.isMember("ivan"));
    }

    @Test
    void aPanelMemberRemovedAfterStartingStaysOnWithdrawn() {
        Interview interview = schedule("ines", "ivan");

        PanelChange change = interview.changePanel(List.of("ines"), Set.of("ivan")::contains, NOW);

        assertEquals(List.of("ivan"), change.withdrawn());
        assertTrue(interview.isMember("ivan"));
        assertFalse(interview.isActiveMember("ivan"));
        assertEquals(List.of("ines"), interview.getActivePanel());
    }

    @Test
    void aWithdrawnMemberNamedAgainIsPutBack() {
        Interview interview = schedule("ines", "ivan");
        interview.changePanel(List.of("ines"), Set.of("ivan")::contains, NOW);

        PanelChange change = interview.changePanel(List.of("ines", "ivan"), username -> true, NOW);

        assertEquals(List.of("ivan"), change.added());
        assertTrue(interview.isActiveMember("ivan"));
    }

    @Test
    void aPanelCannotBeEmpty() {
        assertThrows(InvalidInputException.class, this::schedule);
        Interview interview = schedule("ines");
        assertThrows(
                InvalidInputException.class,
                () -> interview.changePanel(List.of(" "), u -> false, NOW));
    }

    @Test
    void noInterviewIsScheduledForAClosedOpening() {
        opening.close(NOW);

        ConflictException refused = assertThrows(ConflictException.class, () -> schedule("ines"));

        assertTrue(refused.getMessage().contains("closed"));
    }

    @Test
    void onlyActiveCandidatesAreScheduled() {
        ann.changeStatus(CandidateStatus.WITHDRAWN);

        assertThrows(ConflictException.class, () -> schedule("ines"));
    }

    @Test
    void interviewsOverlapWhenTheirTimesIntersect() {
        Interview interview = schedule("ines");

        assertTrue(interview.overlaps(MONDAY_10.plus(Duration.ofMinutes(44)), 30));
        assertFalse(
                interview.overlaps(MONDAY_10.plus(Duration.ofMinutes(45)), 30),
                "back to back is fine");
        assertFalse(interview.overlaps(MONDAY_10.minus(Duration.ofMinutes(30)), 30));
    }

    @Test
    void aScorecardIsOverdueADayAfterTheInterviewEnded() {
        Interview interview = schedule("ines");
        var end = MONDAY_10.plus(Duration.ofMinutes(45));

        assertFalse(interview.isOverdue(end.plus(Duration.ofHours(24))));
        assertTrue(interview.isOverdue(end.plus(Duration.ofHours(24)).plusSeconds(1)));
    }
}
