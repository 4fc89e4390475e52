package dev.candor.planning.application;

import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.InterviewQuestion;
import dev.candor.questionbank.domain.QuestionVersion;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * An interview's own questions, for scoring: what each panel member scores, in order. Scoring calls
 * {@link #freeze(long)} when a scorecard of the interview is started.
 */
@ApplicationScoped
@Transactional
public class InterviewQuestions {

    @PersistenceContext private EntityManager em;

    @Inject private PlanningAccess access;

    @Inject private Clock clock;

    /**
     * From now on the interview's questions no longer follow the plan. Idempotent, and without an
     * access check, so that scoring may call it from its own services and observers.
     *
     * @throws NotFoundException when there is no such interview
     */
    public void freeze(long interviewId) {
        int frozenNow =
                em.createNamedQuery(Interview.FREEZE_IF_NOT_FROZEN)
                        .setParameter("id", interviewId)
                        .setParameter("at", clock.instant())
                        .executeUpdate();
        if (frozenNow == 0 && em.find(Interview.class, interviewId) == null) {
            throw new NotFoundException("There is no interview " + interviewId + ".");
        }
    }

    /**
     * The questions in order (positions from 1), for a caller who may read the interview (404
     * otherwise).
     */
    public List<InterviewQuestionView> questionsOf(long interviewId) {
        Interview interview = access.interview(interviewId);
        return interview.getQuestions().stream().map(InterviewQuestions::view).toList();
    }

    private static InterviewQuestionView view(InterviewQuestion question) {
        QuestionVersion version = question.getVersion();
        return new InterviewQuestionView(
                question.getPosition(),
                version.getQuestion().getId(),
                version.getId(),
                version.getNumber(),
                version.getText(),
                version.getKind().name(),
                version.getCompetency().getName(),
                version.getGuidance(),
                version.getProbes(),
                version.getAnchors().stream()
                        .map(
                                a ->
                                        new InterviewQuestionView.Anchor(
                                                a.getScore(), a.getLabel(), a.getDescription()))
                        .toList(),
                question.getMinutes());
    }
}
