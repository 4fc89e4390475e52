package dev.candor.scoring.domain;

import static dev.candor.scoring.domain.ScorecardStatus.DRAFT;
import static dev.candor.scoring.domain.ScorecardStatus.NOT_STARTED;
import static dev.candor.scoring.domain.ScorecardStatus.SUBMITTED;
import static dev.candor.scoring.domain.ScorecardVisibility.OwnScorecard.NONE;
import static dev.candor.scoring.domain.ScorecardVisibility.OwnScorecard.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.identity.domain.Role;
import dev.candor.scoring.domain.ScorecardVisibility.Decision;
import dev.candor.scoring.domain.ScorecardVisibility.OwnScorecard;
import dev.candor.scoring.domain.ScorecardVisibility.Viewer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorecardVisibilityTest {

    private static final String OWNER = "alice";

    private static Viewer viewer(Set<Role> roles, boolean hiringManager, OwnScorecard own) {
        return new Viewer("victor", roles, hiringManager, own);
    }

    private static Decision decide(Viewer viewer, ScorecardStatus status) {
        return ScorecardVisibility.decide(viewer, OWNER, status);
    }

    @Test
    void the_owner_always_sees_their_own_scorecard() {
        Viewer owner = new Viewer(OWNER, Set.of(Role.INTERVIEWER), false, PENDING);

        for (ScorecardStatus status : ScorecardStatus.values()) {
            assertEquals(Decision.OWN, ScorecardVisibility.decide(owner, OWNER, status));
        }
    }

    @Test
    void nobody_else_sees_a_scorecard_before_it_is_submitted() {
        Viewer admin =
                viewer(
                        Set.of(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER),
                        true,
                        OwnScorecard.SUBMITTED);

        assertEquals(Decision.NOT_SUBMITTED, decide(admin, DRAFT));
        assertEquals(Decision.NOT_SUBMITTED, decide(admin, NOT_STARTED));
    }

    @Test
    void admins_and_recruiters_see_submitted_scorecards() {
        assertEquals(Decision.STAFF, decide(viewer(Set.of(Role.ADMIN), false, NONE), SUBMITTED));
        assertEquals(
                Decision.STAFF, decide(viewer(Set.of(Role.RECRUITER), false, NONE), SUBMITTED));
    }

    @Test
    void a_hiring_manager_sees_submitted_scorecards_of_their_own_openings_only() {
        assertEquals(
                Decision.HIRING_MANAGER,
                decide(viewer(Set.of(Role.HIRING_MANAGER), true, NONE), SUBMITTED));
        assertEquals(
                Decision.NO_RELATION,
                decide(viewer(Set.of(Role.HIRING_MANAGER), false, NONE), SUBMITTED));
    }

    @Test
    void being_named_hiring_manager_without_the_role_is_not_enough() {
        assertFalse(
                ScorecardVisibility.maySee(
                        viewer(Set.of(Role.INTERVIEWER), true, NONE), OWNER, SUBMITTED));
    }

    @Test
    void an_interviewer_sees_others_only_after_submitting_their_own_for_the_candidate() {
        assertEquals(
                Decision.OWN_PENDING,
                decide(viewer(Set.of(Role.INTERVIEWER), false, PENDING), SUBMITTED));
        assertEquals(
                Decision.FELLOW_INTERVIEWER,
                decide(viewer(Set.of(Role.INTERVIEWER), false, OwnScorecard.SUBMITTED), SUBMITTED));
        assertEquals(
                Decision.NO_RELATION,
                decide(viewer(Set.of(Role.INTERVIEWER), false, NONE), SUBMITTED));
    }

    @Test
    void a_panel_member_with_a_pending_scorecard_sees_nothing_whatever_their_roles() {
        Viewer everything =
                viewer(Set.of(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER), true, PENDING);

        assertEquals(Decision.OWN_PENDING, decide(everything, SUBMITTED));
        assertFalse(ScorecardVisibility.maySee(everything, OWNER, SUBMITTED));
    }

    @Test
    void a_viewer_without_roles_or_relation_sees_nothing() {
        assertFalse(ScorecardVisibility.maySee(viewer(Set.of(), false, NONE), OWNER, SUBMITTED));
    }

    @Test
    void own_scorecards_are_pending_while_any_is_not_submitted() {
        assertEquals(NONE, ScorecardVisibility.own(List.of()));
        assertEquals(
                OwnScorecard.SUBMITTED, ScorecardVisibility.own(List.of(SUBMITTED, SUBMITTED)));
        assertEquals(PENDING, ScorecardVisibility.own(List.of(SUBMITTED, DRAFT)));
        assertEquals(PENDING, ScorecardVisibility.own(List.of(NOT_STARTED)));
    }

    @Test
    void visible_decisions_are_exactly_own_staff_hiring_manager_and_fellow_interviewer() {
        for (Decision decision : Decision.values()) {
            boolean expected =
                    Set.of(
                                    Decision.OWN,
                                    Decision.STAFF,
                                    Decision.HIRING_MANAGER,
                                    Decision.FELLOW_INTERVIEWER)
                            .contains(decision);
            assertEquals(expected, decision.isVisible(), decision.name());
        }
        assertTrue(Decision.OWN.isVisible());
    }
}
