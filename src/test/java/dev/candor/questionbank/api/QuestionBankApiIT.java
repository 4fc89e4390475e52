package dev.candor.questionbank.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** The question bank's REST contract and who may do what with it. */
@CandorIntegrationTest
@RunAsClient
class QuestionBankApiIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    private ApiClient recruiter() {
        return TestUsers.as(deployment, TestUsers.create(deployment, "recruiter", "RECRUITER"));
    }

    private ApiClient interviewer() {
        return TestUsers.as(deployment, TestUsers.create(deployment, "interviewer", "INTERVIEWER"));
    }

    /** A competency of its own, so tests never see each other's questions. */
    private static String competency(ApiClient client) {
        String name = "Competency " + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created =
                client.post(
                        "api/v1/competencies",
                        "{\"name\":\"" + name + "\",\"description\":\"Made by a test.\"}");
        assertEquals(201, created.status(), created::toString);
        return name;
    }

    private static String question(String text, String competency, String status, String tag) {
        return "{\"text\":\""
                + text
                + "\",\"kind\":\"BEHAVIOURAL\",\"competency\":\""
                + competency
                + "\","
                + "\"guidance\":\"Listen for ownership.\",\"probes\":[\"What happened next?\"],"
                + "\"anchors\":[{\"score\":1,\"label\":\"None\",\"description\":\"No example.\"},"
                + "{\"score\":3,\"label\":\"Some\",\"description\":\"Fixed their part.\"},"
                + "{\"score\":5,\"label\":\"Full\",\"description\":\"Saw it through.\"}],"
                + "\"tags\":[\""
                + tag
                + "\"],\"status\":\""
                + status
                + "\",\"changeNote\":\"First draft\"}";
    }

    private static long create(ApiClient client, String body) {
        ApiResponse created = client.post("api/v1/questions", body);
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").orElse("").matches(".*/api/v1/questions/\\d+"));
        return created.json().getJsonNumber("id").longValue();
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theStarterLibraryIsLoadedOnceWithAtLeast24ActiveQuestions() {
        JsonObject page = interviewer().get("api/v1/questions?status=ACTIVE&size=1&page=1").json();
        assertTrue(page.getJsonNumber("total").longValue() >= 24, page::toString);
        ApiResponse broke =
                recruiter().get("api/v1/questions?q=broke%20the%20rules%20for%20a%20customer");
        assertEquals(
                1,
                broke.json().getInt("total"),
                "the starter library was loaded exactly once: " + broke);
        JsonObject question = broke.json().getJsonArray("items").getJsonObject(0);
        assertEquals("Judgement under pressure", question.getString("competency"));
        JsonArray competencies = interviewer().get("api/v1/competencies").jsonArray();
        assertTrue(competencies.size() >= 8, competencies::toString);
    }

    @Test
    void aRecruiterWritesAQuestionRevisesItAndReadsItsHistory() {
        ApiClient recruiter = recruiter();
        String competency = competency(recruiter);
        String tag = tag();
        long id =
                create(
                        recruiter,
                        question(
                                "Tell me about a time you owned a problem.",
                                competency,
                                "DRAFT",
                                tag));

        JsonObject draft = recruiter.get("api/v1/questions/" + id).json();
        for (String field :
                List.of(
                        "id",
                        "version",
                        "text",
                        "kind",
                        "competency",
                        "guidance",
                        "probes",
                        "anchors",
                        "tags",
                        "status")) {
            assertTrue(draft.containsKey(field), field + " is in " + draft);
        }
        assertEquals(competency, draft.getString("competency"));
        assertEquals("DRAFT", draft.getString("status"));
        JsonObject anchor = draft.getJsonArray("anchors").getJsonObject(1);
        assertEquals(3, anchor.getInt("score"));
        assertEquals("Some", anchor.getString("label"));
        assertEquals("Fixed their part.", anchor.getString("description"));

        ApiResponse amended =
                recruiter.put(
                        "api/v1/questions/" + id,
                        question(
                                "Tell me about a time you owned a customer's problem.",
                                competency,
                                "ACTIVE",
                                tag));
        assertEquals(200, amended.status(), amended::toString);
        assertEquals(1, amended.json().getInt("version"), "an unused draft is amended in place");
        assertEquals("ACTIVE", amended.json().getString("status"));

        ApiResponse revised =
                recruiter.put(
                        "api/v1/questions/" + id,
                        question(
                                        "Tell me about the last time you owned a customer's problem.",
                                        competency,
                                        "ACTIVE",
                                        tag)
                                .replace("First draft", "Sharper wording"));
        assertEquals(200, revised.status(), revised::toString);
        assertEquals(2, revised.json().getInt("version"), "an active question gets a new version");

        JsonArray history = recruiter.get("api/v1/questions/" + id + "/versions").jsonArray();
        assertEquals(2, history.size());
        assertEquals("Sharper wording", history.getJsonObject(1).getString("changeNote"));
        JsonObject first = recruiter.get("api/v1/questions/" + id + "/versions/1").json();
        assertEquals(
                "Tell me about a time you owned a customer's problem.", first.getString("text"));
        assertEquals(404, recruiter.get("api/v1/questions/" + id + "/versions/3").status());

        JsonObject listed =
                recruiter
                        .get(
                                "api/v1/questions?competency="
                                        + competency.replace(" ", "%20")
                                        + "&tag="
                                        + tag.toUpperCase()
                                        + "&q=LAST%20TIME&page=1&size=5")
                        .json();
        assertEquals(1, listed.getInt("total"));
        assertEquals(1, listed.getInt("page"));
        assertEquals(5, listed.getInt("size"));
        assertEquals(
                id, listed.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    void invalidQuestionsAreRefusedWithEveryProblemByField() {
        ApiClient recruiter = recruiter();
        ApiResponse refused =
                recruiter.post(
                        "api/v1/questions",
                        "{\"text\":\"=SUM(A1)\",\"kind\":\"sometimes\","
                                + "\"competency\":\"No such competency\",\"anchors\":[{\"score\":3,\"label\":\"Half\"}]}");
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        String errors = refused.json().getJsonArray("errors").toString();
        for (String field :
                List.of(
                        "\"text\"",
                        "\"kind\"",
                        "\"competency\"",
                        "\"anchors[score=3].description\"")) {
            assertTrue(errors.contains(field), field + " in " + errors);
        }
        ApiResponse badPage = recruiter.get("api/v1/questions?page=0");
        assertEquals(422, badPage.status(), "pages count from 1");
    }

    @Test
    void interviewersReadActiveQuestionsOnlyAndCannotWrite() {
        ApiClient recruiter = recruiter();
        String competency = competency(recruiter);
        String tag = tag();
        long draft =
                create(
                        recruiter,
                        question("A draft interviewers must not see.", competency, "DRAFT", tag));
        long active =
                create(
                        recruiter,
                        question("An active question everyone reads.", competency, "ACTIVE", tag));

        ApiClient interviewer = interviewer();
        assertEquals(404, interviewer.get("api/v1/questions/" + draft).status());
        assertEquals(200, interviewer.get("api/v1/questions/" + active).status());
        JsonObject listed = interviewer.get("api/v1/questions?tag=" + tag + "&status=DRAFT").json();
        assertEquals(1, listed.getInt("total"), "only the active question: " + listed);
        assertEquals("ACTIVE", listed.getJsonArray("items").getJsonObject(0).getString("status"));
        String exported = interviewer.get("api/v1/questions/export?format=json&tag=" + tag).body();
        assertTrue(exported.contains("An active question everyone reads."));
        assertFalse(exported.contains("A draft interviewers must not see."));

        assertEquals(
                403,
                interviewer
                        .post("api/v1/questions", question("Mine?", competency, "DRAFT", tag))
                        .status());
        assertEquals(
                403,
                interviewer
                        .put(
                                "api/v1/questions/" + active,
                                question("Changed?", competency, "ACTIVE", tag))
                        .status());
        assertEquals(
                403, interviewer.post("api/v1/questions/import", "text/csv", "text\nx\n").status());
        ApiResponse competencyRefused =
                interviewer.post(
                        "api/v1/competencies", "{\"name\":\"Sneaky\",\"description\":\"No.\"}");
        assertEquals(403, competencyRefused.status());
        assertEquals("application/problem+json", competencyRefused.contentType());
    }

    @Test
    void anImportWithABadRowIsRefusedWithRowErrorsAndStoresNothing() {
        ApiClient recruiter = recruiter();
        String competency = competency(recruiter);
        String tag = tag();
        String csv =
                "text,kind,competency,guidance,anchor1_label,anchor1_description,anchor3_label,"
                        + "anchor3_description,anchor5_label,anchor5_description,tags,status\n"
                        + "\"A fine question?\",BEHAVIOURAL,"
                        + competency
                        + ",g,a,b,c,d,e,f,"
                        + tag
                        + ",ACTIVE\n"
                        + "\"A question for nobody?\",BEHAVIOURAL,Telepathy,g,a,b,c,d,e,f,"
                        + tag
                        + ",ACTIVE\n";
        ApiResponse refused = recruiter.post("api/v1/questions/import", "text/csv", csv);
        assertEquals(422, refused.status(), refused::toString);
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getInt("row"));
        assertEquals("competency", error.getString("column"));
        assertEquals("row 3, column competency", error.getString("field"));
        assertEquals(
                0,
                recruiter.get("api/v1/questions?tag=" + tag).json().getInt("total"),
                "nothing stored");
    }

    @Test
    void anExportImportsBackUnchangedAndActiveDuplicatesAreReported() {
        ApiClient recruiter = recruiter();
        String competency = competency(recruiter);
        String tag = tag();
        create(recruiter, question("Tell me about a queue you calmed.", competency, "DRAFT", tag));
        create(
                recruiter,
                question("Tell me about a wait you explained.", competency, "ACTIVE", tag));

        ApiResponse csv = recruiter.get("api/v1/questions/export?format=csv&tag=" + tag);
        assertEquals(200, csv.status());
        assertTrue(
                csv.header("Content-Disposition")
                        .orElse("")
                        .matches(
                                "attachment; filename=\"candor-questions-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
                () -> csv.raw().headers().toString());
        ApiResponse duplicate = recruiter.post("api/v1/questions/import", "text/csv", csv.body());
        assertEquals(422, duplicate.status(), "the active question is already in the bank");
        assertTrue(
                duplicate.body().contains("already has this question as an active question"),
                duplicate::body);

        ApiResponse json =
                recruiter.get("api/v1/questions/export?format=json&status=DRAFT&tag=" + tag);
        assertEquals(200, json.status());
        ApiResponse imported =
                recruiter.post("api/v1/questions/import", "application/json", json.body());
        assertEquals(201, imported.status(), imported::toString);
        assertEquals(1, imported.json().getInt("imported"));

        JsonArray drafts =
                recruiter
                        .get("api/v1/questions?status=DRAFT&sort=id&tag=" + tag)
                        .json()
                        .getJsonArray("items");
        assertEquals(2, drafts.size());
        JsonObject original = recruiter.get("api/v1/questions/" + id(drafts.get(0))).json();
        JsonObject copy = recruiter.get("api/v1/questions/" + id(drafts.get(1))).json();
        for (String field :
                List.of(
                        "text",
                        "kind",
                        "competency",
                        "guidance",
                        "probes",
                        "anchors",
                        "tags",
                        "status")) {
            assertEquals(original.get(field), copy.get(field), field);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheQuestionBank() {
        String openApi = ApiClient.anonymous(deployment).get("openapi").body();
        assertTrue(openApi.contains("/api/v1/questions/{id}/versions"), "versions are documented");
        assertTrue(openApi.contains("/api/v1/questions/import"), "import is documented");
        assertTrue(openApi.contains("/api/v1/competencies"), "competencies are documented");
    }

    private static long id(JsonValue summary) {
        return summary.asJsonObject().getJsonNumber("id").longValue();
    }
}
