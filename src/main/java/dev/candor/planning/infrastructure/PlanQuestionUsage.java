package dev.candor.planning.infrastructure;

import dev.candor.questionbank.application.QuestionUsage;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the bank's questions are used: interview plans and the question copies of interviews.
 * Replaces the bank's default "not in use" implementation.
 */
@Alternative
@Priority(100)
@ApplicationScoped
@Transactional
public class PlanQuestionUsage implements QuestionUsage {

    @PersistenceContext private EntityManager em;

    @Override
    public boolean isInUse(long questionId) {
        long inPlans =
                em.createQuery(
                                "select count(sq) from StageQuestion sq where sq.question.id = :q",
                                Long.class)
                        .setParameter("q", questionId)
                        .getSingleResult();
        if (inPlans > 0) {
            return true;
        }
        long inInterviews =
                em.createQuery(
                                "select count(iq) from InterviewQuestion iq "
                                        + "where iq.version.question.id = :q",
                                Long.class)
                        .setParameter("q", questionId)
                        .getSingleResult();
        return inInterviews > 0;
    }

    @Override
    public List<String> usedBy(long questionId) {
        List<String> places = new ArrayList<>();
        List<Object[]> stages =
                em.createQuery(
                                "select sq.stage.opening.title, sq.stage.name, sq.version.number "
                                        + "from StageQuestion sq where sq.question.id = :q order by sq.stage.opening.title",
                                Object[].class)
                        .setParameter("q", questionId)
                        .getResultList();
        for (Object[] row : stages) {
            places.add(
                    "Opening \""
                            + row[0]
                            + "\", stage \""
                            + row[1]
                            + "\" (version "
                            + row[2]
                            + ")");
        }
        long interviews =
                em.createQuery(
                                "select count(distinct iq.interview) from InterviewQuestion iq "
                                        + "where iq.version.question.id = :q",
                                Long.class)
                        .setParameter("q", questionId)
                        .getSingleResult();
        if (interviews > 0) {
            places.add(
                    interviews
                            + (interviews == 1
                                    ? " scheduled or held interview"
                                    : " scheduled or held interviews"));
        }
        return places;
    }
}
