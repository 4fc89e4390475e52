package dev.candor.debrief.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.candor.debrief.DebriefFixture;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Decision rules, the debrief, decision records, flag reviews and blind comparison through the REST
 * API, on an opening built as people would build it.
 */
@CandorIntegrationTest
@RunAsClient
@Order(45)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebriefApiIT {

    private static final String ZELDA = "Zelda Quintessa";
    private static final String YORICK = "Yorick Pemberwick";
    private static final String LONG_NOTES =
            "She walked through the failed deployment, how she rolled it back within ten minutes"
                    + " and then called the three affected customers herself.";

    @ArquillianResource private URL deployment;

    private static DebriefFixture world;
    private static long zelda;
    private static long yorick;
    private static long zeldaInterview;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @BeforeEach
    void buildOnce() {
        if (world != null) {
            return;
        }
        world = new DebriefFixture(deployment, "Debrief API opening");
        zelda = world.opening.addCandidate(ZELDA);
        yorick = world.opening.addCandidate(YORICK);
        zeldaInterview = world.schedule(zelda);
        world.score(
                world.junior,
                zeldaInterview,
                List.of(2, 4, 3),
                List.of(LONG_NOTES, "Clear ownership of the release.", "Good."),
                "YES",
                "Not a culture fit, though the answers were solid.");
        long yorickInterview = world.schedule(yorick);
        world.score(
                world.junior,
                yorickInterview,
                List.of(3, 3, 4),
                List.of("Handled it.", "Owned it.", "Fine."),
                "YES",
                "Good answers.");
        world.score(
                world.lead,
                yorickInterview,
                List.of(4, 3, 4),
                List.of("Handled it well.", "Owned the outcome.", "Fine work."),
                "YES",
                "Good answers too.");
    }

    private ApiClient as(String username) {
        return TestUsers.as(deployment, username);
    }

    private String hm() {
        return world.opening.hiringManager;
    }

    @Test
    @Order(1)
    void rulesStartAtTheDefaultsAndRefuseUnknownCompetenciesAndOffScaleValues() {
        String path = "api/v1/openings/" + world.opening.openingId + "/rules";
        JsonObject defaults = as(hm()).get(path).json();
        assertEquals(2, defaults.getInt("coverage"));
        assertEquals(2, defaults.getInt("minScorecards"));

        ApiResponse refused =
                as(hm()).put(
                                path,
                                "{\"vetoes\":[{\"competency\":\"Telepathy\",\"atOrBelow\":2}],"
                                        + "\"minimums\":[{\"competency\":\""
                                        + world.opening.competencies.get(0)
                                        + "\",\"min\":6}],\"coverage\":2,\"minScorecards\":2}");
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("vetoes[0].competency"), refused.body());
        assertTrue(refused.body().contains("minimums[0].min"), refused.body());

        ApiResponse stored =
                as(hm()).put(
                                path,
                                "{\"vetoes\":[{\"competency\":\""
                                        + world.opening.competencies.get(1)
                                        + "\",\"atOrBelow\":1.5}],\"minimums\":[{\"competency\":\""
                                        + world.opening.competencies.get(0)
                                        + "\",\"min\":3}],\"coverage\":2,\"minScorecards\":2}");
        assertEquals(200, stored.status(), stored::toString);
        assertEquals(1, as(hm()).get(path).json().getJsonArray("minimums").size());
        ApiResponse interviewer = as(world.junior).get(path);
        assertEquals(403, interviewer.status(), interviewer::toString);
    }

    @Test
    @Order(2)
    void theReportAndTheComparisonCarryTheRulesInWordsAndTheFlags() {
        JsonObject report = as(hm()).get("api/v1/candidates/" + zelda + "/report").json();
        JsonArray rules = report.getJsonArray("rules");
        assertFalse(rules.isEmpty());
        JsonObject minimum = find(rules, "rule", "MINIMUM");
        assertFalse(minimum.getBoolean("met"), minimum::toString);
        assertTrue(
                minimum.getString("detail").contains("below the minimum 3.0"), minimum::toString);
        assertTrue(report.getString("rulesSummary").startsWith("Meets "), report::toString);

        List<String> kinds =
                report.getJsonArray("flags").stream()
                        .map(f -> f.asJsonObject().getString("kind"))
                        .toList();
        assertTrue(kinds.contains("NON_JOB_RELATED_LANGUAGE"), kinds::toString);

        JsonObject comparison =
                as(hm()).get("api/v1/openings/" + world.opening.openingId + "/comparison").json();
        JsonObject row = find(comparison.getJsonArray("candidates"), "name", ZELDA);
        assertFalse(row.getJsonArray("rules").isEmpty(), row::toString);
        assertFalse(comparison.toString().contains("ratersByCompetency"), comparison::toString);
    }

    @Test
    @Order(3)
    void theDebriefOpensForAPanelMemberOnlyAfterTheirOwnSubmissionAndOrdersTheSpeakers() {
        ApiResponse before = as(world.lead).get("api/v1/candidates/" + zelda + "/debrief");
        assertEquals(403, before.status(), before::toString);
        String other = TestUsers.create(deployment, "dbother", "HIRING_MANAGER");
        assertEquals(404, as(other).get("api/v1/candidates/" + zelda + "/debrief").status());

        JsonObject debrief = as(world.junior).get("api/v1/candidates/" + zelda + "/debrief").json();
        assertTrue(debrief.getBoolean("early"), "one of two scorecards is in");
        JsonObject first = debrief.getJsonArray("items").getJsonObject(0);
        assertFalse(first.getBoolean("revealed"));
        JsonObject anonymous = first.getJsonArray("scores").getJsonObject(0);
        assertTrue(
                !anonymous.containsKey("interviewer") || anonymous.isNull("interviewer"),
                anonymous::toString);
        List<String> speakers =
                debrief.getJsonArray("speakingOrder").stream()
                        .map(s -> s.asJsonObject().getString("username"))
                        .toList();
        assertEquals(List.of(world.junior, world.lead, hm()), speakers);

        JsonObject revealed =
                as(hm()).get("api/v1/candidates/" + zelda + "/debrief?reveal=all").json();
        JsonObject score =
                revealed.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonArray("scores")
                        .getJsonObject(0);
        assertEquals(world.junior, score.getString("interviewer"));
    }

    @Test
    @Order(4)
    void aDecisionListsWhatIsMissingIsRecordedOnceAndAReversalPointsAtIt() {
        String path = "api/v1/candidates/" + zelda + "/decisions";
        ApiResponse missing = as(hm()).post(path, "{\"decision\":\"HIRE\"}");
        assertEquals(422, missing.status(), missing::toString);
        assertTrue(missing.body().contains("rationale"), missing.body());
        assertTrue(missing.body().contains("competencies"), missing.body());
        assertTrue(missing.body().contains("present"), missing.body());

        String competency = world.opening.competencies.get(0);
        String hold =
                "{\"decision\":\"HOLD\",\"rationale\":\"Need the onsite first.\",\"competencies\":[\""
                        + competency
                        + "\"],\"present\":[\""
                        + world.junior
                        + "\"]}";
        assertEquals(403, as(world.junior).post(path, hold).status());
        ApiResponse first = as(hm()).post(path, hold);
        assertEquals(201, first.status(), first::toString);
        long firstId = first.json().getJsonNumber("id").longValue();
        assertTrue(
                !first.json().containsKey("replaces") || first.json().isNull("replaces"),
                first::toString);

        ApiResponse noHire =
                as(hm()).post(
                                path,
                                "{\"decision\":\"NO_HIRE\",\"rationale\":\"Service recovery was weak.\","
                                        + "\"competencies\":[\""
                                        + competency
                                        + "\"],\"present\":[\""
                                        + world.junior
                                        + "\",\""
                                        + hm()
                                        + "\"]}");
        assertEquals(201, noHire.status(), noHire::toString);
        assertEquals(firstId, noHire.json().getJsonNumber("replaces").longValue());

        JsonArray all = as(world.junior).get(path).jsonArray();
        assertEquals(2, all.size());
        assertEquals("HOLD", all.getJsonObject(0).getString("decision"));
        assertEquals("NO_HIRE", all.getJsonObject(1).getString("decision"));
        assertEquals(405, as(hm()).put(path, hold).status());
        assertEquals(405, as(hm()).delete(path).status());
        assertEquals(
                "REJECTED",
                as(world.opening.recruiter)
                        .get("api/v1/candidates/" + zelda)
                        .json()
                        .getString("status"));

        String pdf = pdfText("api/v1/candidates/" + zelda + "/report.pdf", hm());
        assertTrue(pdf.contains("Decision record"), pdf);
        assertTrue(pdf.contains("Service recovery was weak."), pdf);
    }

    @Test
    @Order(5)
    void aRecruiterReviewsAFlagOnceWithAReason() {
        JsonObject flag =
                find(
                        as(hm()).get("api/v1/candidates/" + zelda + "/report")
                                .json()
                                .getJsonArray("flags"),
                        "kind",
                        "NON_JOB_RELATED_LANGUAGE");
        String path = "api/v1/flags/" + flag.getString("id") + "/review";
        assertEquals(403, as(hm()).post(path, "{\"reason\":\"x\"}").status());
        assertEquals(422, as(world.opening.recruiter).post(path, "{\"reason\":\" \"}").status());
        ApiResponse reviewed =
                as(world.opening.recruiter)
                        .post(path, "{\"reason\":\"Discussed with the interviewer.\"}");
        assertEquals(200, reviewed.status(), reviewed::toString);
        assertTrue(reviewed.json().getBoolean("reviewed"));
        assertEquals(
                409, as(world.opening.recruiter).post(path, "{\"reason\":\"again\"}").status());
        assertEquals(
                404,
                as(world.opening.recruiter)
                        .post("api/v1/flags/1-NOPE/review", "{\"reason\":\"x\"}")
                        .status());
    }

    @Test
    @Order(6)
    void aBlindOpeningNeverShowsAnUndecidedCandidatesNameOutsideScheduling() {
        String opening = "api/v1/openings/" + world.opening.openingId;
        JsonObject current = as(world.opening.recruiter).get(opening).json();
        ApiResponse blind =
                as(world.opening.recruiter)
                        .put(
                                opening,
                                "{\"title\":\""
                                        + current.getString("title")
                                        + "\",\"team\":\"Platform\",\"description\":\"d\",\"hiringManagers\":[\""
                                        + hm()
                                        + "\"],\"keyCompetencies\":[],\"blind\":true}");
        assertEquals(200, blind.status(), blind::toString);
        assertTrue(blind.json().getBoolean("blind"));

        String report = as(hm()).get("api/v1/candidates/" + yorick + "/report").body();
        String comparison = as(hm()).get(opening + "/comparison").body();
        String debrief = as(hm()).get("api/v1/candidates/" + yorick + "/debrief?reveal=all").body();
        String csv = as(hm()).get(opening + "/comparison.csv").body();
        for (String text : List.of(report, comparison, debrief, csv)) {
            assertFalse(text.contains("Yorick") || text.contains("Pemberwick"), text);
        }
        assertTrue(report.contains("Candidate B"), report);
        assertTrue(comparison.contains("Candidate B"), comparison);
        // Zelda's decision is recorded: her name is back.
        assertTrue(comparison.contains(ZELDA), comparison);
        assertTrue(
                as(world.opening.recruiter)
                        .get("api/v1/candidates/" + yorick)
                        .body()
                        .contains(YORICK),
                "the recruiter schedules by name");
    }

    private static JsonObject find(JsonArray array, String field, String value) {
        for (JsonValue v : array) {
            if (value.equals(v.asJsonObject().getString(field, null))) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    private String pdfText(String path, String username) {
        try {
            HttpResponse<byte[]> response =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    ApiClient.anonymous(deployment).uri(path))
                                            .header(
                                                    "Authorization",
                                                    "Basic "
                                                            + Base64.getEncoder()
                                                                    .encodeToString(
                                                                            (username
                                                                                            + ":"
                                                                                            + TestUsers
                                                                                                    .PASSWORD)
                                                                                    .getBytes(
                                                                                            StandardCharsets
                                                                                                    .UTF_8)))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            PdfReader reader = new PdfReader(response.body());
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
