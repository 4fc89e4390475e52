package dev.candor.scoring.infrastructure;

import dev.candor.planning.application.InterviewQuestions;
import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.InterviewQuestion;
import dev.candor.planning.domain.Opening;
import dev.candor.questionbank.domain.QuestionVersion;
import dev.candor.scoring.application.InterviewDirectory;
import dev.candor.scoring.application.InterviewSummary;
import dev.candor.scoring.application.ScorecardQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Scoring's {@link InterviewDirectory} on top of planning: reads planning's interviews (read only,
 * without planning's access checks, as the port's contract says: scoring has checked who may see
 * the scorecard) and lets planning's {@link InterviewQuestions} freeze an interview's questions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanningInterviewDirectory implements InterviewDirectory {

    @PersistenceContext private EntityManager em;

    @Inject private InterviewQuestions interviewQuestions;

    @Override
    public Optional<InterviewSummary> interview(long interviewId) {
        return find(interviewId)
                .map(
                        interview ->
                                new InterviewSummary(
                                        interview.getId(),
                                        interview.getCandidate().getId(),
                                        interview.getCandidate().getName(),
                                        interview.getOpening().getId(),
                                        interview.getStageName(),
                                        interview.getStartsAt(),
                                        interview.getMinutes()));
    }

    @Override
    public List<ScorecardQuestion> questions(long interviewId) {
        return find(interviewId)
                .map(
                        interview ->
                                interview.getQuestions().stream()
                                        .map(PlanningInterviewDirectory::question)
                                        .toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void freeze(long interviewId) {
        interviewQuestions.freeze(interviewId);
    }

    @Override
    public boolean isHiringManager(long openingId, String username) {
        Opening opening = em.find(Opening.class, openingId);
        return opening != null && username != null && opening.isHiringManager(username);
    }

    private Optional<Interview> find(long interviewId) {
        return Optional.ofNullable(em.find(Interview.class, interviewId));
    }

    private static ScorecardQuestion question(InterviewQuestion question) {
        QuestionVersion version = question.getVersion();
        return new ScorecardQuestion(
                question.getPosition(),
                version.getId(),
                version.getText(),
                version.getKind(),
                version.getCompetency().getName(),
                version.getGuidance(),
                version.getProbes(),
                version.getAnchors().stream()
                        .map(
                                a ->
                                        new ScorecardQuestion.Anchor(
                                                a.getScore(), a.getLabel(), a.getDescription()))
                        .toList(),
                question.getMinutes());
    }
}
