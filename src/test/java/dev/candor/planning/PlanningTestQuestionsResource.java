package dev.candor.planning;

import dev.candor.questionbank.domain.Question;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only: the ids of {@link PlanningTestQuestions}' questions, keyed by text, for the API tests.
 */
@Path("/planit-questions")
@RequestScoped
public class PlanningTestQuestionsResource {

    @PersistenceContext private EntityManager em;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String questions() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Question question :
                em.createQuery("select q from Question q order by q.id", Question.class)
                        .getResultList()) {
            String text = question.getCurrentVersion().getText();
            if (PlanningTestQuestions.TEXTS.contains(text)) {
                list.add(Json.createObjectBuilder().add("id", question.getId()).add("text", text));
            }
        }
        return list.build().toString();
    }
}
