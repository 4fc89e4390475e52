package dev.candor.planning.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.planning.PlanningTestQuestions;
import dev.candor.planning.PlanningTestQuestionsResource;
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
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Planning's REST API and its access rules, one test per role and resource: recruiters and
 * administrators see everything, hiring managers their own openings (another opening's data is
 * 404), interviewers only the interviews they are on.
 */
@CandorIntegrationTest
@RunAsClient
class PlanningApiIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war()
                .addClasses(PlanningTestQuestions.class, PlanningTestQuestionsResource.class);
    }

    /**
     * An opening with a one-stage plan, a candidate and an interview, made by a recruiter for one
     * test.
     */
    private final class World {
        final String recruiter = recruiter();
        final String manager = TestUsers.create(deployment, "hm", "HIRING_MANAGER");
        final String interviewer = TestUsers.create(deployment, "int", "INTERVIEWER");
        final ApiClient asRecruiter = TestUsers.as(deployment, recruiter);
        final long[] questions = questionIds();
        final long opening;
        final long candidate;
        final long interview;

        World() {
            opening = createOpening(asRecruiter, "Service Lead " + TestUsers.unique("o"), manager);
            ApiResponse plan =
                    asRecruiter.put(
                            "api/v1/openings/" + opening + "/plan",
                            "{\"stages\":[{\"name\":\"Service\","
                                    + "\"minutes\":45,\"questions\":[{\"questionId\":"
                                    + questions[0]
                                    + ",\"minutes\":15},"
                                    + "{\"questionId\":"
                                    + questions[1]
                                    + ",\"minutes\":15}]}]}");
            assertEquals(200, plan.status(), plan::body);
            candidate =
                    createCandidate(
                            asRecruiter,
                            opening,
                            "Ann Lee",
                            TestUsers.unique("ann") + "@example.com");
            interview =
                    schedule(asRecruiter, candidate, "Service", "2031-03-03T10:00:00Z", interviewer)
                            .getJsonNumber("id")
                            .longValue();
        }
    }

    private static String sharedRecruiter;

    /** One recruiter for the whole class: creating people is the slow part of these tests. */
    private String recruiter() {
        if (sharedRecruiter == null) {
            sharedRecruiter = TestUsers.create(deployment, "rec", "RECRUITER");
        }
        return sharedRecruiter;
    }

    private long[] questionIds() {
        JsonArray found = TestUsers.admin(deployment).get("api/v1/planit-questions").jsonArray();
        assertEquals(
                PlanningTestQuestions.TEXTS.size(),
                found.size(),
                "the test questions are in the bank");
        return PlanningTestQuestions.TEXTS.stream()
                .mapToLong(
                        text ->
                                found.stream()
                                        .map(JsonValue::asJsonObject)
                                        .filter(q -> q.getString("text").equals(text))
                                        .findFirst()
                                        .orElseThrow()
                                        .getJsonNumber("id")
                                        .longValue())
                .toArray();
    }

    private static long createOpening(ApiClient client, String title, String... managers) {
        StringBuilder list = new StringBuilder();
        for (String manager : managers) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(manager).append('"');
        }
        ApiResponse created =
                client.post(
                        "api/v1/openings",
                        "{\"title\":\""
                                + title
                                + "\",\"team\":\"Support\","
                                + "\"description\":\"Leads the desk.\",\"hiringManagers\":["
                                + list
                                + "],\"keyCompetencies\":[\""
                                + PlanningTestQuestions.CALM
                                + "\"]}");
        assertEquals(201, created.status(), created::body);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long createCandidate(ApiClient client, long opening, String name, String email) {
        ApiResponse created =
                client.post(
                        "api/v1/openings/" + opening + "/candidates",
                        "{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}");
        assertEquals(201, created.status(), created::body);
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonObject schedule(
            ApiClient client, long candidate, String stage, String startsAt, String... panel) {
        ApiResponse created =
                client.post("api/v1/interviews", interviewJson(candidate, stage, startsAt, panel));
        assertEquals(201, created.status(), created::body);
        return created.json();
    }

    private static String interviewJson(
            long candidate, String stage, String startsAt, String... panel) {
        return "{\"candidateId\":"
                + candidate
                + ",\"stage\":\""
                + stage
                + "\",\"startsAt\":\""
                + startsAt
                + "\",\"minutes\":45,\"panel\":["
                + String.join(",", List.of(panel).stream().map(p -> "\"" + p + "\"").toList())
                + "]}";
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", ""))
                .toList();
    }

    // ---- the API

    @Test
    void anOpeningHasTheDocumentedShape() {
        World world = new World();
        JsonObject opening = world.asRecruiter.get("api/v1/openings/" + world.opening).json();
        assertEquals(world.opening, opening.getJsonNumber("id").longValue());
        assertEquals("Support", opening.getString("team"));
        assertEquals("Leads the desk.", opening.getString("description"));
        assertEquals(List.of(world.manager), strings(opening.getJsonArray("hiringManagers")));
        assertEquals("OPEN", opening.getString("status"));
        assertEquals(1, opening.getInt("candidates"));
        assertEquals(1, opening.getInt("scorecardsExpected"));
    }

    @Test
    void aPlanReadsOnItsOwnWithEachQuestionsTextAndCoverageWarnings() {
        World world = new World();
        JsonObject plan =
                world.asRecruiter.get("api/v1/openings/" + world.opening + "/plan").json();
        JsonObject stage = plan.getJsonArray("stages").getJsonObject(0);
        assertEquals("Service", stage.getString("name"));
        assertEquals(45, stage.getInt("minutes"));
        JsonObject first = stage.getJsonArray("questions").getJsonObject(0);
        assertEquals(world.questions[0], first.getJsonNumber("questionId").longValue());
        assertEquals(1, first.getInt("version"));
        assertEquals(15, first.getInt("minutes"));
        assertEquals(PlanningTestQuestions.TEXTS.get(0), first.getString("text"));
        assertEquals(PlanningTestQuestions.CALM, first.getString("competency"));

        ApiResponse over =
                world.asRecruiter.put(
                        "api/v1/openings/" + world.opening + "/plan",
                        "{\"stages\":[{\"name\":"
                                + "\"Service\",\"minutes\":20,\"questions\":[{\"questionId\":"
                                + world.questions[0]
                                + ",\"minutes\":15},"
                                + "{\"questionId\":"
                                + world.questions[2]
                                + ",\"minutes\":15}]}]}");
        assertEquals(200, over.status(), over::body);
        String warnings = over.json().getJsonArray("warnings").toString();
        assertTrue(warnings.contains("more than its 20 minutes"), warnings);
        assertTrue(
                warnings.contains(PlanningTestQuestions.CALM + "\\\" has only 1 question"),
                warnings);
        JsonObject coverage =
                world.asRecruiter.get("api/v1/openings/" + world.opening + "/plan/coverage").json();
        assertEquals(List.of("Service"), strings(coverage.getJsonArray("stages")));
    }

    @Test
    void aChangeToAnOpeningOrItsPlanBasedOnAnOldReadIsRefusedWith409() {
        World world = new World();
        String path = "api/v1/openings/" + world.opening;
        String read = world.asRecruiter.get(path).header("ETag").orElseThrow();
        String details =
                "{\"title\":\"Renamed "
                        + world.opening
                        + "\",\"team\":\"Support\",\"description\":\"Leads the desk.\","
                        + "\"hiringManagers\":[\""
                        + world.manager
                        + "\"],\"keyCompetencies\":[]}";
        ApiResponse first = world.asRecruiter.putIfMatch(path, details, read);
        assertEquals(200, first.status(), first::body);
        String afterFirst = first.header("ETag").orElseThrow();
        assertNotEquals(read, afterFirst, "the change moved the version");
        assertEquals(afterFirst, world.asRecruiter.get(path).header("ETag").orElseThrow());

        ApiResponse second = world.asRecruiter.putIfMatch(path, details, read);
        assertEquals(409, second.status(), second::body);
        assertTrue(second.body().contains("changed by someone else"), second.body());

        String plan = path + "/plan";
        String planRead = world.asRecruiter.get(plan).header("ETag").orElseThrow();
        assertEquals(afterFirst, planRead, "the plan carries the opening's version");
        String onlyMinutes =
                "{\"stages\":[{\"name\":\"Service\",\"minutes\":50,\"questions\":[{\"questionId\":"
                        + world.questions[0]
                        + ",\"minutes\":15},{\"questionId\":"
                        + world.questions[1]
                        + ",\"minutes\":15}]}]}";
        ApiResponse planned = world.asRecruiter.putIfMatch(plan, onlyMinutes, planRead);
        assertEquals(200, planned.status(), planned::body);
        assertNotEquals(planRead, planned.header("ETag").orElseThrow());
        ApiResponse stale = world.asRecruiter.putIfMatch(plan, onlyMinutes, planRead);
        assertEquals(409, stale.status(), stale::body);
        assertEquals(
                50,
                world.asRecruiter
                        .get(plan)
                        .json()
                        .getJsonArray("stages")
                        .getJsonObject(0)
                        .getInt("minutes"),
                "the first change is kept");
    }

    @Test
    void anInvalidPlanIsRefusedWithEveryProblemAndTheOldPlanKept() {
        World world = new World();
        ApiResponse refused =
                world.asRecruiter.put(
                        "api/v1/openings/" + world.opening + "/plan",
                        "{\"stages\":[{\"name\":"
                                + "\"\",\"minutes\":0,\"questions\":[{\"questionId\":999999,\"minutes\":5},{\"questionId\":"
                                + world.questions[0]
                                + ",\"version\":9,\"minutes\":5}]}]}");
        assertEquals(422, refused.status(), refused::body);
        String fields = refused.json().getJsonArray("errors").toString();
        for (String field :
                List.of(
                        "stages[0].name",
                        "stages[0].minutes",
                        "stages[0].questions[0].questionId",
                        "stages[0].questions[1].version")) {
            assertTrue(fields.contains(field), field + " in " + fields);
        }
        assertEquals(
                2,
                world.asRecruiter
                        .get("api/v1/openings/" + world.opening + "/plan")
                        .json()
                        .getJsonArray("stages")
                        .getJsonObject(0)
                        .getJsonArray("questions")
                        .size(),
                "nothing was lost");
    }

    @Test
    void anInterviewNobodyHasStartedFollowsPlanChanges() {
        World world = new World();
        world.asRecruiter.put(
                "api/v1/openings/" + world.opening + "/plan",
                "{\"stages\":[{\"name\":\"Service\","
                        + "\"minutes\":45,\"questions\":[{\"questionId\":"
                        + world.questions[3]
                        + ",\"minutes\":10}]}]}");
        JsonArray questions =
                world.asRecruiter
                        .get("api/v1/interviews/" + world.interview + "/questions")
                        .jsonArray();
        assertEquals(1, questions.size());
        JsonObject question = questions.getJsonObject(0);
        assertEquals(1, question.getInt("position"));
        assertEquals(PlanningTestQuestions.TEXTS.get(3), question.getString("text"));
        assertEquals(3, question.getJsonArray("anchors").size());
        assertFalse(
                world.asRecruiter
                        .get("api/v1/interviews/" + world.interview)
                        .json()
                        .getBoolean("frozen"));
    }

    @Test
    void aStageThatScheduledInterviewsUseCannotBeRemoved() {
        World world = new World();
        ApiResponse refused =
                world.asRecruiter.put(
                        "api/v1/openings/" + world.opening + "/plan",
                        "{\"stages\":[{\"name\":\"Values\",\"minutes\":30,\"questions\":[]}]}");
        assertEquals(409, refused.status(), refused::body);
        assertTrue(refused.json().getString("detail").contains("Ann Lee"), refused.body());
    }

    @Test
    void aPlanCanBeStartedByCopyingAnotherOpenings() {
        World world = new World();
        long copy = createOpening(world.asRecruiter, "Copy " + TestUsers.unique("o"));
        ApiResponse copied =
                world.asRecruiter.post(
                        "api/v1/openings/" + copy + "/plan/copy?from=" + world.opening, "{}");
        assertEquals(200, copied.status(), copied::body);
        assertEquals(
                2,
                copied.json()
                        .getJsonArray("stages")
                        .getJsonObject(0)
                        .getJsonArray("questions")
                        .size());
        assertEquals(
                409,
                world.asRecruiter
                        .post("api/v1/openings/" + copy + "/plan/copy?from=" + world.opening, "{}")
                        .status(),
                "only an empty plan is started by copying");
    }

    @Test
    void candidatesAreAddedOneByOneOrFromCsvAllOrNothing() {
        World world = new World();
        String base = "api/v1/openings/" + world.opening + "/candidates";
        ApiResponse duplicate =
                world.asRecruiter.post(
                        base,
                        "{\"name\":\"Ann Again\",\"email\":\""
                                + world.asRecruiter
                                        .get("api/v1/candidates/" + world.candidate)
                                        .json()
                                        .getString("email")
                                + "\"}");
        assertEquals(409, duplicate.status());

        ApiResponse refused =
                world.asRecruiter.post(
                        base + "/import",
                        "text/csv",
                        "name,email,phone\nBo Berg,bo@example.com,+46 8 123\nCy,not-an-email,\nDee,bo@example.com,\n");
        assertEquals(422, refused.status(), refused::body);
        String errors = refused.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("row 3, column email"), errors);
        assertTrue(errors.contains("row 4, column email"), errors);
        assertEquals(1, world.asRecruiter.get(base).jsonArray().size(), "nothing was imported");

        ApiResponse imported =
                world.asRecruiter.post(
                        base + "/import",
                        "text/csv",
                        "\uFEFFname,email,phone,notes\nBo Berg,bo@example.com,+46 8 123,Referred\nCy Chen,cy@example.com,,\n");
        assertEquals(201, imported.status(), imported::body);
        assertEquals(2, imported.json().getInt("imported"));
        JsonObject bo =
                world.asRecruiter.get(base).jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(c -> c.getString("name").equals("Bo Berg"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("ACTIVE", bo.getString("status"));
        ApiResponse updated =
                world.asRecruiter.put(
                        "api/v1/candidates/" + bo.getJsonNumber("id"),
                        "{\"status\":\"WITHDRAWN\"}");
        assertEquals("WITHDRAWN", updated.json().getString("status"), updated::body);
    }

    @Test
    void schedulingWarnsAboutDoubleBookingsAndListsInterviewsEveryWay() {
        World world = new World();
        long other =
                createCandidate(
                        world.asRecruiter,
                        world.opening,
                        "Ben Ode",
                        TestUsers.unique("ben") + "@example.com");
        JsonObject second =
                schedule(
                        world.asRecruiter,
                        other,
                        "Service",
                        "2031-03-03T10:30:00+00:00",
                        world.interviewer);
        assertEquals(List.of(world.interviewer), strings(second.getJsonArray("panel")));
        assertTrue(
                second.getJsonArray("warnings")
                        .toString()
                        .contains(world.interviewer + " is already on another"),
                second.toString());
        assertEquals("2031-03-03T10:30:00Z", second.getString("startsAt"));

        assertEquals(
                2,
                world.asRecruiter
                        .get("api/v1/interviews?openingId=" + world.opening)
                        .jsonArray()
                        .size());
        assertEquals(
                1,
                world.asRecruiter.get("api/v1/interviews?candidateId=" + other).jsonArray().size());
        assertEquals(
                2,
                TestUsers.as(deployment, world.interviewer)
                        .get("api/v1/interviews?mine=true")
                        .jsonArray()
                        .size());
        assertEquals(422, world.asRecruiter.get("api/v1/interviews").status());
    }

    @Test
    void aPanelCanChangeAndAnInterviewNobodyStartedCanBeCancelled() {
        World world = new World();
        String second = TestUsers.create(deployment, "int2", "INTERVIEWER");
        ApiResponse changed =
                world.asRecruiter.put(
                        "api/v1/interviews/" + world.interview, "{\"panel\":[\"" + second + "\"]}");
        assertEquals(200, changed.status(), changed::body);
        assertEquals(List.of(second), strings(changed.json().getJsonArray("panel")));
        assertEquals(
                404,
                TestUsers.as(deployment, world.interviewer)
                        .get("api/v1/interviews/" + world.interview)
                        .status(),
                "removed before starting, so no longer on the interview");
        assertEquals(
                422,
                world.asRecruiter
                        .put(
                                "api/v1/interviews/" + world.interview,
                                "{\"panel\":[\"nobody-" + TestUsers.unique("x") + "\"]}")
                        .status());
        assertEquals(
                204, world.asRecruiter.delete("api/v1/interviews/" + world.interview).status());
        assertEquals(404, world.asRecruiter.get("api/v1/interviews/" + world.interview).status());
    }

    @Test
    void aClosedOpeningStaysReadableButTakesNoNewInterviews() {
        World world = new World();
        assertEquals(
                "CLOSED",
                world.asRecruiter
                        .post("api/v1/openings/" + world.opening + "/close", "{}")
                        .json()
                        .getString("status"));
        assertEquals(
                200, world.asRecruiter.get("api/v1/openings/" + world.opening + "/plan").status());
        assertEquals(200, world.asRecruiter.get("api/v1/interviews/" + world.interview).status());
        ApiResponse refused =
                world.asRecruiter.post(
                        "api/v1/interviews",
                        interviewJson(
                                world.candidate,
                                "Service",
                                "2031-04-01T10:00:00Z",
                                world.interviewer));
        assertEquals(409, refused.status(), refused::body);
        assertTrue(refused.json().getString("detail").contains("closed"));
    }

    @Test
    void theOpenApiDocumentDescribesPlanning() {
        String document = ApiClient.anonymous(deployment).get("openapi").body();
        for (String path :
                List.of(
                        "/api/v1/openings",
                        "/api/v1/openings/{id}/plan",
                        "/api/v1/openings/{id}/candidates/import",
                        "/api/v1/candidates/{id}",
                        "/api/v1/interviews",
                        "/api/v1/interviews/{id}")) {
            assertTrue(document.contains(path), path);
        }
    }

    // ---- access: role x resource

    @Test
    void recruitersAndAdministratorsSeeEveryOpening() {
        World world = new World();
        ApiClient admin = TestUsers.admin(deployment);
        for (ApiClient client : List.of(world.asRecruiter, admin)) {
            assertEquals(200, client.get("api/v1/openings/" + world.opening).status());
            assertEquals(200, client.get("api/v1/candidates/" + world.candidate).status());
            assertEquals(200, client.get("api/v1/interviews/" + world.interview).status());
            assertTrue(client.get("api/v1/openings").body().contains("\"id\":" + world.opening));
        }
    }

    @Test
    void aHiringManagerManagesTheirOwnOpeningButCannotCreateOrEditOpenings() {
        World world = new World();
        ApiClient manager = TestUsers.as(deployment, world.manager);
        JsonArray listed = manager.get("api/v1/openings").jsonArray();
        assertEquals(1, listed.size());
        assertEquals(world.opening, listed.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(200, manager.get("api/v1/openings/" + world.opening + "/plan").status());
        assertEquals(
                200,
                manager.put(
                                "api/v1/openings/" + world.opening + "/plan",
                                "{\"stages\":[{\"name\":\"Service\","
                                        + "\"minutes\":40,\"questions\":[{\"questionId\":"
                                        + world.questions[0]
                                        + ",\"minutes\":20}]}]}")
                        .status());
        long candidate =
                createCandidate(
                        manager,
                        world.opening,
                        "Cleo Manager-Added",
                        TestUsers.unique("c") + "@example.com");
        assertEquals(
                201,
                manager.post(
                                "api/v1/interviews",
                                interviewJson(
                                        candidate,
                                        "Service",
                                        "2031-05-05T09:00:00Z",
                                        world.interviewer))
                        .status());
        assertEquals(200, manager.get("api/v1/interviews/" + world.interview).status());

        assertEquals(
                403,
                manager.post("api/v1/openings", "{\"title\":\"Mine\",\"team\":\"T\"}").status());
        assertEquals(
                403,
                manager.put(
                                "api/v1/openings/" + world.opening,
                                "{\"title\":\"Renamed\",\"team\":\"T\"}")
                        .status());
        assertEquals(
                403, manager.post("api/v1/openings/" + world.opening + "/close", "{}").status());
    }

    @Test
    void anotherOpeningsHiringManagerGets404ForEverythingOfThisOpening() {
        World world = new World();
        String otherManager = TestUsers.create(deployment, "hm-other", "HIRING_MANAGER");
        createOpening(world.asRecruiter, "Other " + TestUsers.unique("o"), otherManager);
        ApiClient other = TestUsers.as(deployment, otherManager);
        String opening = "api/v1/openings/" + world.opening;
        List<Function<ApiClient, ApiResponse>> calls =
                List.of(
                        c -> c.get(opening),
                        c -> c.get(opening + "/plan"),
                        c -> c.put(opening + "/plan", "{\"stages\":[]}"),
                        c -> c.get(opening + "/plan/coverage"),
                        c -> c.get(opening + "/candidates"),
                        c ->
                                c.post(
                                        opening + "/candidates",
                                        "{\"name\":\"X\",\"email\":\"x@example.com\"}"),
                        c ->
                                c.post(
                                        opening + "/candidates/import",
                                        "text/csv",
                                        "name,email\nX,x@example.com\n"),
                        c -> c.get("api/v1/candidates/" + world.candidate),
                        c ->
                                c.put(
                                        "api/v1/candidates/" + world.candidate,
                                        "{\"status\":\"HIRED\"}"),
                        c -> c.get("api/v1/interviews/" + world.interview),
                        c -> c.get("api/v1/interviews/" + world.interview + "/questions"),
                        c -> c.get("api/v1/interviews?openingId=" + world.opening),
                        c -> c.get("api/v1/interviews?candidateId=" + world.candidate),
                        c ->
                                c.post(
                                        "api/v1/interviews",
                                        interviewJson(
                                                world.candidate,
                                                "Service",
                                                "2031-06-01T10:00:00Z",
                                                world.interviewer)),
                        c -> c.put("api/v1/interviews/" + world.interview, "{\"minutes\":30}"),
                        c -> c.delete("api/v1/interviews/" + world.interview));
        for (int i = 0; i < calls.size(); i++) {
            ApiResponse response = calls.get(i).apply(other);
            assertEquals(404, response.status(), "call " + i + ": " + response);
        }
        JsonArray visible = other.get("api/v1/openings").jsonArray();
        assertFalse(
                visible.toString().contains("\"id\":" + world.opening + ","), visible.toString());
        assertEquals(
                200,
                world.asRecruiter.get("api/v1/interviews/" + world.interview).status(),
                "nothing was deleted");
    }

    @Test
    void anInterviewerSeesOnlyTheInterviewsTheyAreOn() {
        World world = new World();
        ApiClient interviewer = TestUsers.as(deployment, world.interviewer);
        assertEquals(200, interviewer.get("api/v1/interviews/" + world.interview).status());
        assertEquals(
                2,
                interviewer
                        .get("api/v1/interviews/" + world.interview + "/questions")
                        .jsonArray()
                        .size());
        assertEquals(1, interviewer.get("api/v1/interviews?mine=true").jsonArray().size());
        assertEquals(
                403,
                interviewer
                        .put("api/v1/interviews/" + world.interview, "{\"minutes\":30}")
                        .status(),
                "a panel member reads the interview but does not change it");
        assertEquals(403, interviewer.get("api/v1/openings").status());
        assertEquals(404, interviewer.get("api/v1/openings/" + world.opening).status());
        assertEquals(404, interviewer.get("api/v1/candidates/" + world.candidate).status());
        assertEquals(404, interviewer.get("api/v1/interviews?openingId=" + world.opening).status());

        ApiClient stranger =
                TestUsers.as(deployment, TestUsers.create(deployment, "int-other", "INTERVIEWER"));
        assertEquals(404, stranger.get("api/v1/interviews/" + world.interview).status());
        assertEquals(
                404, stranger.get("api/v1/interviews/" + world.interview + "/questions").status());
        assertEquals(0, stranger.get("api/v1/interviews?mine=true").jsonArray().size());
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        assertEquals(401, ApiClient.anonymous(deployment).get("api/v1/openings").status());
    }
}
