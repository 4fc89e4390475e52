package dev.candor.planning;

import dev.candor.questionbank.domain.Change;
import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionContent;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.RubricAnchor;
import dev.candor.shared.infrastructure.startup.StartupTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Test-only: puts a few active questions with known words into the bank when the planning
 * integration tests deploy, so they do not depend on the starter library or the bank's screens.
 * Added to the test deployment only; idempotent.
 */
@ApplicationScoped
public class PlanningTestQuestions implements StartupTask {

    public static final String CALM = "PlanIT Calm";
    public static final String TACT = "PlanIT Tact";
    public static final List<String> TEXTS =
            List.of(
                    "PlanIT: tell me about an angry customer at the counter.",
                    "PlanIT: tell me about a customer who blamed you.",
                    "PlanIT: tell me about telling a customer no.",
                    "PlanIT: tell me about correcting a customer kindly.");

    @PersistenceContext private EntityManager em;

    @Override
    public int order() {
        return 25;
    }

    @Override
    @Transactional
    public void run() {
        if (!em.createQuery("select c from Competency c where c.name = :n", Competency.class)
                .setParameter("n", CALM)
                .getResultList()
                .isEmpty()) {
            return;
        }
        Competency calm = new Competency(CALM, "Stays calm under pressure.");
        Competency tact = new Competency(TACT, "Says hard things kindly.");
        em.persist(calm);
        em.persist(tact);
        for (int i = 0; i < TEXTS.size(); i++) {
            Question question =
                    Question.draft(
                            new QuestionContent(
                                    TEXTS.get(i),
                                    i % 2 == 0
                                            ? QuestionKind.BEHAVIOURAL
                                            : QuestionKind.SITUATIONAL,
                                    i < 2 ? calm : tact,
                                    "Listen for what they did and why.",
                                    List.of("What happened next?"),
                                    List.of(
                                            new RubricAnchor(1, "Weak", "No real example."),
                                            new RubricAnchor(3, "Fair", "An example."),
                                            new RubricAnchor(
                                                    5,
                                                    "Strong",
                                                    "A specific example with a result.")),
                                    List.of("planit")),
                            null,
                            new Change("planit", Instant.now(), ""));
            question.changeStatus(QuestionStatus.ACTIVE);
            em.persist(question);
        }
    }
}
