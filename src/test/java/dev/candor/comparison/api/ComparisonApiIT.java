package dev.candor.comparison.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.candor.comparison.ComparisonFixture;
import dev.candor.comparison.domain.CandidateRatings;
import dev.candor.comparison.domain.InterviewerScore;
import dev.candor.comparison.domain.OpeningRatings;
import dev.candor.comparison.domain.PanelScore;
import dev.candor.comparison.domain.RaterLeniency;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The comparison API on a small opening built through planning's and scoring's APIs: three scored
 * candidates (one panel differs) and one without interviews. Expected figures come from the domain
 * statistics on the same scores, so the API must feed them exactly the submitted ratings.
 */
@CandorIntegrationTest
@RunAsClient
@Order(40)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComparisonApiIT {

    private static final double EPS = 1e-9;

    private static final Integer[] ADA_A = {4, 3, 5, 2};
    private static final Integer[] ADA_B = {3, 3, 4, 2};
    private static final Integer[] ADA_C = {2, null, 5, 1};
    private static final Integer[] BEN_A = {3, 4, 4, 3};
    private static final Integer[] BEN_B = {2, 3, 3, 2};
    private static final Integer[] BEN_C = {4, 4, 5, 3};
    private static final Integer[] CY_A = {5, 4, 4, 4};
    private static final Integer[] CY_B = {4, 4, 3, 3};
    private static final Integer[] CY_D = {3, 3, 3, 3};

    @ArquillianResource private URL deployment;

    private static World world;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    /**
     * The opening, built once for the class (each test reads it; only the Ben scenario changes it,
     * in order).
     */
    private record World(
            ComparisonFixture fixture,
            String a,
            String b,
            String c,
            String d,
            String otherManager,
            long ada,
            long ben,
            long cy,
            long di,
            long benInterview) {}

    @BeforeEach
    void buildOnce() {
        if (world != null) {
            return;
        }
        ComparisonFixture fixture =
                new ComparisonFixture(deployment, TestUsers.unique("Platform Engineer"), 4);
        String a = TestUsers.create(deployment, "cmpa", "INTERVIEWER");
        String b = TestUsers.create(deployment, "cmpb", "INTERVIEWER");
        String c = TestUsers.create(deployment, "cmpc", "INTERVIEWER");
        String d = TestUsers.create(deployment, "cmpd", "INTERVIEWER");
        String otherManager = TestUsers.create(deployment, "cmpother", "HIRING_MANAGER");
        long ada = fixture.addCandidate("Ada Lovelace");
        long ben = fixture.addCandidate("Ben Franklin");
        long cy = fixture.addCandidate("Cy Twombly");
        long di = fixture.addCandidate("Di Fossey");
        long adaInterview = fixture.schedule(ada, List.of(a, b, c));
        long benInterview = fixture.schedule(ben, List.of(a, b, c));
        long cyInterview = fixture.schedule(cy, List.of(a, b, d));
        fixture.score(a, adaInterview, ADA_A, "YES");
        fixture.score(b, adaInterview, ADA_B, "YES");
        fixture.score(c, adaInterview, ADA_C, "NO");
        fixture.score(a, benInterview, BEN_A, "YES");
        fixture.score(b, benInterview, BEN_B, "NO");
        fixture.score(a, cyInterview, CY_A, "STRONG_YES");
        fixture.score(b, cyInterview, CY_B, "YES");
        fixture.score(d, cyInterview, CY_D, "NO");
        world = new World(fixture, a, b, c, d, otherManager, ada, ben, cy, di, benInterview);
    }

    private List<InterviewerScore> ratings(long candidate, String interviewer, Integer[] scores) {
        List<InterviewerScore> ratings = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                ratings.add(
                        new InterviewerScore(
                                Long.toString(candidate),
                                "q" + world.fixture().questions.get(i),
                                world.fixture().competencies.get(i),
                                interviewer,
                                scores[i]));
            }
        }
        return ratings;
    }

    private List<InterviewerScore> adaRatings() {
        List<InterviewerScore> all = new ArrayList<>(ratings(world.ada(), world.a(), ADA_A));
        all.addAll(ratings(world.ada(), world.b(), ADA_B));
        all.addAll(ratings(world.ada(), world.c(), ADA_C));
        return all;
    }

    private ApiClient as(String username) {
        return TestUsers.as(deployment, username);
    }

    private static void assertFigure(OptionalDouble expected, JsonObject json, String field) {
        assertTrue(json.containsKey(field), field + " missing in " + json);
        if (expected.isPresent()) {
            assertEquals(
                    expected.getAsDouble(), json.getJsonNumber(field).doubleValue(), EPS, field);
        } else {
            assertTrue(json.isNull(field), field + " should be null (not enough data): " + json);
        }
    }

    @Test
    @Order(1)
    void
            the_candidate_report_shows_the_matrix_statistics_recommendations_and_agreement_of_submitted_scorecards() {
        ApiResponse response =
                as(world.fixture().recruiter).get("api/v1/candidates/" + world.ada() + "/report");
        assertEquals(200, response.status(), response::toString);
        JsonObject report = response.json();

        assertEquals("Ada Lovelace", report.getString("candidateName"));
        assertEquals(3, report.getInt("scorecardsSubmitted"));
        assertEquals(3, report.getInt("scorecardsExpected"));
        assertEquals(0, report.getJsonArray("pending").size());
        assertEquals(3, report.getJsonArray("interviewers").size());

        // The skipped question shows as skipped, with the reason; scores carry their notes.
        boolean sawSkip = false;
        int rows = 0;
        for (JsonValue block : report.getJsonArray("matrix")) {
            for (JsonValue row : block.asJsonObject().getJsonArray("questions")) {
                rows++;
                for (JsonValue cell : row.asJsonObject().getJsonArray("cells")) {
                    JsonObject c = cell.asJsonObject();
                    if ("SKIPPED".equals(c.getString("state"))) {
                        sawSkip = true;
                        assertEquals(world.c(), c.getString("interviewer"));
                        assertEquals("Ran out of time", c.getString("skipReason"));
                    } else {
                        assertEquals("SCORED", c.getString("state"));
                        assertTrue(
                                c.getString("notes")
                                        .startsWith("Evidence from " + c.getString("interviewer")));
                    }
                }
            }
        }
        assertTrue(sawSkip);
        assertEquals(4, rows);

        // Question 1: 4, 3, 2 → range 2, flagged; it leads the discuss-first list with question 4
        // (2, 2, 1)?
        JsonObject q1 = question(report.getJsonArray("questions"), 0);
        assertEquals(3, q1.getInt("n"));
        assertEquals(3.0, q1.getJsonNumber("mean").doubleValue(), EPS);
        assertEquals(1.0, q1.getJsonNumber("standardDeviation").doubleValue(), EPS);
        assertEquals(2.0, q1.getJsonNumber("lowest").doubleValue(), EPS);
        assertEquals(4.0, q1.getJsonNumber("highest").doubleValue(), EPS);
        assertTrue(q1.getBoolean("disagreement"));
        assertEquals(0.5, q1.getJsonNumber("rwg").doubleValue(), EPS);
        JsonObject q2 = question(report.getJsonArray("questions"), 1);
        assertEquals(2, q2.getInt("n"));
        assertFalse(q2.getBoolean("disagreement"));
        assertEquals(
                "q" + world.fixture().questions.get(0),
                report.getJsonArray("discussFirst").getJsonObject(0).getString("question"));

        JsonObject tally = report.getJsonObject("tally");
        assertEquals(2, tally.getInt("yes"));
        assertEquals(1, tally.getInt("no"));
        assertEquals(3, report.getJsonArray("recommendations").size());

        CandidateRatings expected = CandidateRatings.of(Long.toString(world.ada()), adaRatings());
        JsonObject agreement = report.getJsonObject("agreement");
        assertEquals("CANDIDATE_QUESTIONS_AS_UNITS", agreement.getString("level"));
        assertFigure(expected.agreement().intraclassCorrelation().icc21(), agreement, "icc21");
        assertFigure(expected.agreement().intraclassCorrelation().icc2k(), agreement, "icc2k");
        assertFigure(expected.agreement().alpha(), agreement, "alphaInterval");
        assertEquals(3, agreement.getInt("iccQuestions"));
        assertEquals(
                expected.panelScore().score(),
                report.getJsonObject("panelScore").getJsonNumber("score").doubleValue(),
                EPS);
    }

    private static JsonObject question(JsonArray questions, int index) {
        return questions.getJsonObject(index);
    }

    @Test
    @Order(2)
    void
            the_opening_comparison_ranks_candidates_with_intervals_tallies_leniency_and_opening_alpha() {
        ApiResponse response =
                as(world.fixture().hiringManager)
                        .get("api/v1/openings/" + world.fixture().openingId + "/comparison");
        assertEquals(200, response.status(), response::toString);
        JsonObject comparison = response.json();
        assertFalse(comparison.getBoolean("adjusted"));
        assertTrue(comparison.getBoolean("panelsDiffer"));
        assertEquals("OPENING_CANDIDATES_AS_UNITS", comparison.getString("alphaLevel"));

        List<InterviewerScore> all = new ArrayList<>(adaRatings());
        all.addAll(ratings(world.ben(), world.a(), BEN_A));
        all.addAll(ratings(world.ben(), world.b(), BEN_B));
        all.addAll(ratings(world.cy(), world.a(), CY_A));
        all.addAll(ratings(world.cy(), world.b(), CY_B));
        all.addAll(ratings(world.cy(), world.d(), CY_D));
        OpeningRatings expected = OpeningRatings.of(all);
        assertFigure(expected.openingAlpha(), comparison, "alphaInterval");

        JsonArray candidates = comparison.getJsonArray("candidates");
        assertEquals(4, candidates.size());
        // Ranked by panel score; Di (no interviews) last, unranked, every figure null.
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            JsonObject candidate = candidates.getJsonObject(i);
            assertEquals(i + 1, candidate.getInt("rank"));
            PanelScore score =
                    expected.panelScores()
                            .get(Long.toString(candidate.getJsonNumber("candidateId").longValue()));
            assertEquals(score.score(), candidate.getJsonNumber("panelScore").doubleValue(), EPS);
            assertEquals(
                    score.interval().orElseThrow().lower(),
                    candidate.getJsonObject("interval").getJsonNumber("lower").doubleValue(),
                    EPS);
            assertTrue(score.score() <= previous);
            previous = score.score();
        }
        JsonObject di = candidates.getJsonObject(3);
        assertEquals("Di Fossey", di.getString("name"));
        assertTrue(di.isNull("rank"));
        assertTrue(di.isNull("panelScore"));
        assertTrue(di.isNull("interval"));
        assertTrue(di.isNull("icc21"));
        assertTrue(di.isNull("alphaInterval"));
        assertEquals(0, di.getInt("scorecardsExpected"));

        JsonObject ada = byName(candidates, "Ada Lovelace");
        assertEquals(2, ada.getJsonObject("tally").getInt("yes"));
        assertEquals(3, ada.getInt("scorecardsSubmitted"));
        assertEquals(3, ada.getInt("scorecardsExpected"));
        assertFalse(ada.getJsonObject("competencyScores").isEmpty());
        JsonObject ben = byName(candidates, "Ben Franklin");
        assertEquals(2, ben.getInt("scorecardsSubmitted"));
        assertEquals(3, ben.getInt("scorecardsExpected"));

        // a and b co-rated all three candidates; c two and d one, so theirs is not shown yet.
        for (RaterLeniency leniency : expected.leniency()) {
            JsonObject json =
                    byInterviewer(comparison.getJsonArray("interviewers"), leniency.interviewer());
            assertEquals(leniency.coRatedRatings(), json.getInt("coRatedRatings"));
            assertEquals(leniency.coRatedCandidates(), json.getInt("coRatedCandidates"));
            assertFigure(leniency.leniency(), json, "leniency");
        }
        assertTrue(
                byInterviewer(comparison.getJsonArray("interviewers"), world.a())
                                .getJsonNumber("leniency")
                        != null);
        assertTrue(
                byInterviewer(comparison.getJsonArray("interviewers"), world.c())
                        .isNull("leniency"));

        JsonObject adjusted =
                as(world.fixture().recruiter)
                        .get(
                                "api/v1/openings/"
                                        + world.fixture().openingId
                                        + "/comparison?adjusted=true")
                        .json();
        assertTrue(adjusted.getBoolean("adjusted"));
        for (JsonValue value : adjusted.getJsonArray("candidates")) {
            JsonObject candidate = value.asJsonObject();
            PanelScore score =
                    expected.adjustedPanelScores()
                            .get(Long.toString(candidate.getJsonNumber("candidateId").longValue()));
            if (score != null) {
                assertEquals(
                        score.score(), candidate.getJsonNumber("panelScore").doubleValue(), EPS);
            }
        }

        JsonObject rejected =
                as(world.fixture().recruiter)
                        .get(
                                "api/v1/openings/"
                                        + world.fixture().openingId
                                        + "/comparison?status=REJECTED")
                        .json();
        assertEquals(0, rejected.getJsonArray("candidates").size());
        assertEquals(4, rejected.getInt("candidatesTotal"));
        assertEquals(
                3,
                as(world.fixture().recruiter)
                        .get(
                                "api/v1/openings/"
                                        + world.fixture().openingId
                                        + "/comparison?stage="
                                        + ComparisonFixture.STAGE)
                        .json()
                        .getJsonArray("candidates")
                        .size());
        assertEquals(
                422,
                as(world.fixture().recruiter)
                        .get(
                                "api/v1/openings/"
                                        + world.fixture().openingId
                                        + "/comparison?status=MAYBE")
                        .status());
    }

    private static JsonObject byName(JsonArray candidates, String name) {
        for (JsonValue value : candidates) {
            if (name.equals(value.asJsonObject().getString("name"))) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError(name + " not in " + candidates);
    }

    private static JsonObject byInterviewer(JsonArray interviewers, String username) {
        for (JsonValue value : interviewers) {
            if (username.equals(value.asJsonObject().getString("interviewer"))) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError(username + " not in " + interviewers);
    }

    @Test
    @Order(3)
    void who_may_see_what() {
        String opening = "api/v1/openings/" + world.fixture().openingId + "/comparison";
        String adaReport = "api/v1/candidates/" + world.ada() + "/report";
        assertEquals(401, ApiClient.anonymous(deployment).get(adaReport).status());
        assertEquals(200, as(world.fixture().hiringManager).get(adaReport).status());
        assertEquals(200, TestUsers.admin(deployment).get(opening).status());
        // Another opening's hiring manager: neither the comparison nor the report exists for them.
        assertEquals(404, as(world.otherManager()).get(opening).status());
        assertEquals(404, as(world.otherManager()).get(adaReport).status());
        assertEquals(
                404,
                as(world.otherManager()).get(adaReport.replace("/report", "/report.pdf")).status());
        // Interviewers never get the opening comparison.
        assertEquals(403, as(world.a()).get(opening).status());
        // An interviewer who submitted for the candidate sees the panel; one never on it does not.
        assertEquals(200, as(world.a()).get(adaReport).status());
        assertEquals(404, as(world.d()).get(adaReport).status());
        assertEquals(
                200, as(world.d()).get("api/v1/candidates/" + world.cy() + "/report").status());
        assertEquals(
                404,
                as(world.fixture().recruiter).get("api/v1/candidates/999999999/report").status());
    }

    @Test
    @Order(4)
    void an_interviewer_sees_a_candidates_panel_only_after_submitting_their_own_scorecard() {
        String benReport = "api/v1/candidates/" + world.ben() + "/report";
        ApiResponse before = as(world.c()).get(benReport);
        assertEquals(403, before.status(), before::toString);
        assertTrue(before.contentType().startsWith("application/problem+json"));
        assertEquals(403, as(world.c()).get(benReport + ".pdf").status());

        JsonObject pending = as(world.fixture().recruiter).get(benReport).json();
        assertEquals(
                "2 of 3",
                pending.getInt("scorecardsSubmitted")
                        + " of "
                        + pending.getInt("scorecardsExpected"));
        assertEquals(
                world.c(),
                pending.getJsonArray("pending").getJsonObject(0).getString("interviewer"));

        world.fixture().score(world.c(), world.benInterview(), BEN_C, "YES");

        ApiResponse after = as(world.c()).get(benReport);
        assertEquals(200, after.status(), after::toString);
        assertEquals(3, after.json().getInt("scorecardsSubmitted"));
        assertEquals(0, after.json().getJsonArray("pending").size());
    }

    @Test
    @Order(5)
    void the_comparison_downloads_as_csv_and_xlsx_and_the_report_as_a_pdf_debrief_pack()
            throws IOException {
        String base = "api/v1/openings/" + world.fixture().openingId + "/comparison";
        ApiResponse csv = as(world.fixture().hiringManager).get(base + ".csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String disposition = csv.header("Content-Disposition").orElse("");
        assertTrue(
                disposition.matches(
                        "attachment; filename=\"candor-platform-engineer-[a-z0-9-]+-comparison-"
                                + "\\d{4}-\\d{2}-\\d{2}\\.csv\""),
                disposition);
        String[] lines = csv.body().split("\r\n");
        assertEquals(5, lines.length, csv.body());
        assertTrue(lines[0].startsWith("Rank,Candidate,Status,Stage,Panel score,"), lines[0]);
        assertTrue(lines[4].contains(",Di Fossey,Active,,,"), lines[4]);

        byte[] xlsx = bytes(base + ".xlsx?adjusted=true", world.fixture().hiringManager);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet candidates = workbook.getSheet("Candidates");
            assertEquals(
                    "Panel score (adjusted)", candidates.getRow(0).getCell(4).getStringCellValue());
            assertEquals(1.0, candidates.getRow(1).getCell(0).getNumericCellValue());
            assertNotNull(candidates.getRow(4));
            assertEquals("Di Fossey", candidates.getRow(4).getCell(1).getStringCellValue());
            Sheet about = workbook.getSheet("About");
            assertEquals(
                    "Adjusted for rater leniency", about.getRow(2).getCell(1).getStringCellValue());
            assertNotNull(workbook.getSheet("Interviewers").getRow(4));
        }

        byte[] pdf =
                bytes(
                        "api/v1/candidates/" + world.ada() + "/report.pdf",
                        world.fixture().hiringManager);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String all = text.toString();
        assertTrue(all.contains("Debrief pack: Ada Lovelace"), all);
        assertTrue(all.contains("3 of 3 submitted"), all);
        assertTrue(all.contains("ICC(2,1)"), all);
        assertTrue(all.contains("Recommendations"), all);
        assertTrue(all.contains("Summary by " + world.a()), all);
        assertTrue(all.contains("Evidence from " + world.b() + " on question 3"), all);
        assertTrue(all.contains("skipped"), all);
    }

    private byte[] bytes(String path, String username) {
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
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(
                    200,
                    response.statusCode(),
                    () -> new String(response.body(), StandardCharsets.UTF_8));
            String disposition = response.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.contains("candor-"), disposition);
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
