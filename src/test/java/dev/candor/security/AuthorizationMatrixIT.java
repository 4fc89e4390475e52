package dev.candor.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.planning.ResumePdfs;
import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the running server's OpenAPI document, and every page by direct URL, as
 * each kind of principal, and compares what each gets with the authorization matrix in {@code
 * security/authorization-matrix.tsv} (the table docs/security.md shows). An operation or page
 * without a row fails the build, naming the row it would need.
 *
 * <p>Cells: {@code A} — allowed (anything but 401, 403 and 404; a 400, 409 or 422 means the request
 * got past access control and was refused on its content: the walk sends empty bodies so that it
 * changes nothing); or the exact status. A 5xx always fails.
 */
@CandorIntegrationTest
@RunAsClient
@Order(52)
class AuthorizationMatrixIT {

    static final List<String> PRINCIPALS =
            List.of(
                    "anonymous",
                    "deactivated",
                    "interviewer-not-on-panel",
                    "hiring-manager-other",
                    "interviewer-before-submitting",
                    "interviewer-after-submitting",
                    "hiring-manager-this",
                    "recruiter",
                    "admin");

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void everyOperationOfTheOpenApiDocumentAnswersEachPrincipalAsTheMatrixSays() {
        World world = World.create(deployment);
        Map<String, List<String>> matrix = Matrix.read("security/authorization-matrix.tsv");
        List<String> operations = operations();
        List<String> problems = new ArrayList<>();
        for (String operation : operations) {
            List<String> observed = new ArrayList<>();
            for (String principal : PRINCIPALS) {
                observed.add(Matrix.cell(world.call(principal, operation)));
            }
            List<String> expected = matrix.get(operation);
            if (expected == null) {
                problems.add(
                        "no rule for "
                                + operation
                                + "; observed: "
                                + Matrix.row(operation, observed));
            } else if (!expected.equals(observed)) {
                problems.add(
                        "expected "
                                + Matrix.row(operation, expected)
                                + "\n observed "
                                + Matrix.row(operation, observed));
            }
        }
        for (String listed : matrix.keySet()) {
            if (!listed.startsWith("PAGE ") && !operations.contains(listed)) {
                problems.add("the matrix lists " + listed + ", which the API no longer has");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(operations.size() >= 55, "the walk saw the whole API: " + operations.size());
    }

    @Test
    void everyPageByDirectUrlAnswersEachPrincipalAsTheMatrixSaysAndHidesOthersNotes() {
        World world = World.create(deployment);
        Map<String, List<String>> matrix = Matrix.read("security/authorization-matrix.tsv");
        List<String> problems = new ArrayList<>();
        Map<String, ScoringFixture.Session> sessions = world.sessions();
        for (String page : World.PAGES) {
            List<String> observed = new ArrayList<>();
            for (String principal : PRINCIPALS) {
                HttpResponse<String> response = world.page(sessions.get(principal), page);
                observed.add(Matrix.pageCell(response));
                boolean ownDraft = principal.equals("interviewer-before-submitting");
                if (!ownDraft && response.body().contains(world.draftNotes)) {
                    problems.add(principal + " sees another interviewer's draft notes on " + page);
                }
            }
            String key = "PAGE " + page;
            List<String> expected = matrix.get(key);
            if (expected == null || !expected.equals(observed)) {
                problems.add(
                        (expected == null ? "no rule" : "expected " + Matrix.row(key, expected))
                                + "\n observed "
                                + Matrix.row(key, observed));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(
                world.page(
                                sessions.get("interviewer-before-submitting"),
                                "/scoring/scorecard.xhtml?id={scorecard}")
                        .body()
                        .contains(world.draftNotes),
                "the owner's page does carry the draft notes (so the check above can fail)");
    }

    @Test
    void idsFromAnotherOpeningAreNotFoundForItsOutsiders() {
        World world = World.create(deployment);
        ApiClient outsider = world.client("hiring-manager-other");
        assertEquals(
                404,
                outsider.get("api/v1/candidates/" + world.fixture.candidateId + "/report")
                        .status());
        assertEquals(
                404,
                outsider.get("api/v1/openings/" + world.fixture.openingId + "/comparison.csv")
                        .status());
        assertEquals(
                404,
                outsider.get("api/v1/interviews?candidateId=" + world.fixture.candidateId)
                        .status());
        ApiClient own = world.client("interviewer-after-submitting");
        assertEquals(
                403,
                own.get("api/v1/scorecards/" + world.scorecard).status(),
                "another interviewer's draft scorecard");
    }

    private List<String> operations() {
        HttpResponse<String> document;
        try {
            document =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    ApiClient.anonymous(deployment).uri("openapi"))
                                            .header("Accept", "application/json")
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(200, document.statusCode());
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(document.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        TreeSet<String> operations = new TreeSet<>();
        paths.forEach(
                (path, item) ->
                        item.asJsonObject()
                                .keySet()
                                .forEach(
                                        method -> {
                                            if (List.of("get", "put", "post", "patch", "delete")
                                                    .contains(method)) {
                                                operations.add(method.toUpperCase() + " " + path);
                                            }
                                        }));
        assertFalse(operations.isEmpty(), document.body());
        return new ArrayList<>(operations);
    }

    /** The table in the test resources: operation or page, then one cell per principal. */
    static final class Matrix {

        static Map<String, List<String>> read(String resource) {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            try (InputStream in =
                    Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\t");
                    rows.put(cells[0], List.of(cells).subList(1, cells.length));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }

        static String cell(ApiResponse response) {
            int status = response.status();
            if (status >= 500) {
                // Never in the table: a 5xx fails the row, whatever the principal.
                return "5xx(" + status + ")";
            }
            return status == 401 || status == 403 || status == 404 ? String.valueOf(status) : "A";
        }

        static String pageCell(HttpResponse<String> response) {
            int status = response.statusCode();
            if (status >= 500) {
                return "5xx(" + status + ")";
            }
            if (response.uri().getPath().endsWith("/login.xhtml")) {
                return "signin";
            }
            return String.valueOf(status);
        }

        static String row(String key, List<String> cells) {
            return key + "\t" + String.join("\t", cells);
        }
    }

    /** The people and objects of the walk: one opening with an interview and a panel of two. */
    static final class World {

        static final List<String> PAGES =
                List.of(
                        "/index.xhtml",
                        "/account.xhtml",
                        "/admin/users.xhtml",
                        "/admin/audit.xhtml",
                        "/admin/privacy.xhtml",
                        "/questions/index.xhtml",
                        "/questions/competencies.xhtml",
                        "/questions/view.xhtml?id={question}",
                        "/questions/edit.xhtml?id={question}",
                        "/openings/index.xhtml",
                        "/openings/opening.xhtml?id={opening}",
                        "/openings/plan.xhtml?id={opening}",
                        "/openings/candidate.xhtml?id={candidate}",
                        "/openings/interview.xhtml?id={interview}",
                        "/scoring/index.xhtml",
                        "/scoring/interview.xhtml?id={interview}",
                        "/scoring/scorecard.xhtml?id={scorecard}",
                        "/comparison/opening.xhtml?id={opening}",
                        "/comparison/candidate.xhtml?id={candidate}");

        final ScoringFixture fixture;
        final Map<String, String> usernames = new LinkedHashMap<>();
        final long scorecard;
        final long question;
        final long competency;
        final String draftNotes = TestUsers.unique("draft-notes-marker");
        private final URL deployment;

        private World(URL deployment) {
            this.deployment = deployment;
            fixture = ScoringFixture.create(deployment, 2, 1);
            usernames.put("admin", TestUsers.ADMIN);
            usernames.put("recruiter", fixture.recruiter);
            usernames.put("hiring-manager-this", fixture.manager);
            usernames.put("interviewer-before-submitting", fixture.panel.get(0));
            usernames.put("interviewer-after-submitting", fixture.panel.get(1));
            String otherManager = TestUsers.create(deployment, "hmother", "HIRING_MANAGER");
            ApiResponse other =
                    fixture.as(fixture.recruiter)
                            .post(
                                    "api/v1/openings",
                                    "{\"title\":\""
                                            + TestUsers.unique("Other opening")
                                            + "\",\"team\":\"Other\",\"description\":\"x\",\"hiringManagers\":[\""
                                            + otherManager
                                            + "\"],\"keyCompetencies\":[]}");
            assertEquals(201, other.status(), other::toString);
            usernames.put("hiring-manager-other", otherManager);
            usernames.put(
                    "interviewer-not-on-panel",
                    TestUsers.create(deployment, "ivout", "INTERVIEWER"));
            String gone = TestUsers.create(deployment, "gone", "INTERVIEWER");
            TestUsers.admin(deployment).patch("api/v1/users/" + gone, "{\"active\":false}");
            usernames.put("deactivated", gone);
            fixture.scoreAndSubmit(fixture.panel.get(1), "YES");
            scorecard = fixture.scorecardOf(fixture.panel.get(0));
            ApiResponse saved =
                    fixture.as(fixture.panel.get(0))
                            .put(
                                    "api/v1/scorecards/" + scorecard + "/ratings/1",
                                    "{\"score\":2,\"skipped\":false,\"notes\":\""
                                            + draftNotes
                                            + "\",\"clientRevision\":1}");
            assertEquals(200, saved.status(), saved::toString);
            JsonObject firstQuestion =
                    fixture.as(fixture.recruiter)
                            .get("api/v1/questions?size=1")
                            .json()
                            .getJsonArray("items")
                            .getJsonObject(0);
            question = firstQuestion.getJsonNumber("id").longValue();
            competency =
                    fixture.as(fixture.recruiter)
                            .get("api/v1/competencies")
                            .jsonArray()
                            .getJsonObject(0)
                            .getJsonNumber("id")
                            .longValue();
        }

        static World create(URL deployment) {
            return new World(deployment);
        }

        ApiClient client(String principal) {
            if (principal.equals("anonymous")) {
                return ApiClient.anonymous(deployment);
            }
            if (principal.equals("admin")) {
                return TestUsers.admin(deployment);
            }
            return TestUsers.as(deployment, usernames.get(principal));
        }

        ApiResponse call(String principal, String operation) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = fill(operation.substring(operation.indexOf(' ') + 1)).substring(1);
            ApiClient client = client(principal);
            if (operation.equals("GET /api/v1/candidates/{id}/resume")) {
                // The walk's DELETE (sorted before GET) removed it: put one back, so that the row
                // shows who may read a résumé rather than that there is none.
                ApiResponse stored =
                        fixture.as(fixture.recruiter)
                                .put(path, "application/pdf", ResumePdfs.onePage("Résumé"));
                assertEquals(204, stored.status(), stored::toString);
            }
            return switch (method) {
                case "GET" -> client.get(path);
                case "POST" -> client.post(path, "{}");
                case "PUT" -> client.put(path, "{}");
                case "PATCH" -> client.patch(path, "{}");
                // Cancelling is refused (409) once anyone scored, as the walk's interview is:
                // nothing is lost.
                case "DELETE" -> client.delete(path);
                default -> throw new IllegalArgumentException(operation);
            };
        }

        String fill(String path) {
            String first = path.replaceFirst("^/api/v1/", "");
            String id =
                    first.startsWith("openings")
                            ? "" + fixture.openingId
                            : first.startsWith("candidates")
                                    ? "" + fixture.candidateId
                                    : first.startsWith("interviews")
                                            ? "" + fixture.interviewId
                                            : first.startsWith("scorecards")
                                                    ? "" + scorecard
                                                    : first.startsWith("questions")
                                                            ? "" + question
                                                            : first.startsWith("competencies")
                                                                    ? "" + competency
                                                                    : "0";
            return path.replace("{id}", id)
                    .replace("{username}", usernames.get("interviewer-not-on-panel"))
                    .replace("{questionId}", "" + question)
                    .replace("{number}", "1")
                    .replace("{position}", "1")
                    .replace("{format}", "csv")
                    .replace("{topic}", "reminder")
                    .replace("{opening}", "" + fixture.openingId)
                    .replace("{candidate}", "" + fixture.candidateId)
                    .replace("{interview}", "" + fixture.interviewId)
                    .replace("{scorecard}", "" + scorecard)
                    .replace("{question}", "" + question);
        }

        Map<String, ScoringFixture.Session> sessions() {
            Map<String, ScoringFixture.Session> sessions = new LinkedHashMap<>();
            for (String principal : PRINCIPALS) {
                sessions.put(
                        principal,
                        principal.equals("anonymous")
                                ? ScoringFixture.Session.anonymous(deployment)
                                : ScoringFixture.Session.signInAs(
                                        deployment,
                                        usernames.get(principal),
                                        principal.equals("admin")
                                                ? TestUsers.ADMIN_PASSWORD
                                                : TestUsers.PASSWORD));
            }
            return sessions;
        }

        HttpResponse<String> page(ScoringFixture.Session session, String page) {
            return session.get(fill(page).substring(1));
        }
    }
}
