package dev.candor.scoring.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The scorecards REST contract (docs/scoring.md), against the real WAR, on H2 and PostgreSQL. */
@CandorIntegrationTest
@RunAsClient
@Order(30)
class ScoringApiIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    private static String rating(Integer score, String notes, long revision) {
        return "{\"score\":"
                + score
                + ",\"skipped\":false,\"notes\":"
                + (notes == null ? "null" : "\"" + notes + "\"")
                + ",\"clientRevision\":"
                + revision
                + "}";
    }

    private static String draft(String recommendation, String summary, long revision) {
        return "{\"recommendation\":"
                + (recommendation == null ? "null" : "\"" + recommendation + "\"")
                + ",\"summary\":"
                + (summary == null ? "null" : "\"" + summary + "\"")
                + ",\"clientRevision\":"
                + revision
                + "}";
    }

    private static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    @Test
    void schedulingAnInterviewGivesEachPanelMemberAnEmptyScorecardWithTheInterviewsQuestions() {
        ScoringFixture f = ScoringFixture.create(deployment, 2, 3);
        for (String member : f.panel) {
            long id = f.scorecardOf(member);
            ApiResponse card = f.as(member).get("api/v1/scorecards/" + id);
            assertEquals(200, card.status(), card::toString);
            JsonObject body = card.json();
            assertEquals("NOT_STARTED", body.getString("status"));
            assertEquals(3, body.getJsonArray("questions").size());
            JsonObject first = body.getJsonArray("questions").getJsonObject(0);
            assertFalse(first.getJsonObject("question").getJsonArray("anchors").isEmpty());
            assertEquals(0, first.getJsonObject("rating").getInt("revision"));
        }
        ApiResponse interview = f.as(f.recruiter).get("api/v1/interviews/" + f.interviewId);
        assertFalse(
                interview.json().getBoolean("frozen"),
                "nothing scored yet, so the questions still follow the plan");
    }

    @Test
    void savingIsOrderedByClientRevisionAndAReplayIsIdempotent() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ApiClient client = f.as(me);
        String path = "api/v1/scorecards/" + id + "/ratings/1";

        ApiResponse first = client.put(path, rating(4, "Clear example with a result", 10));
        assertEquals(200, first.status(), first::toString);
        assertEquals(10, first.json().getJsonNumber("revision").longValue());
        assertTrue(
                f.as(f.recruiter)
                        .get("api/v1/interviews/" + f.interviewId)
                        .json()
                        .getBoolean("frozen"),
                "the first save freezes the interview's questions");

        ApiResponse replay = client.put(path, rating(4, "Clear example with a result", 10));
        assertEquals(200, replay.status(), "the same change sent again is accepted: " + replay);
        assertEquals(10, replay.json().getJsonNumber("revision").longValue());

        ApiResponse newer =
                client.put(path, rating(5, "Clear example with a result, and reflection", 20));
        assertEquals(200, newer.status(), newer::toString);

        ApiResponse late = client.put(path, rating(2, "older text typed before", 15));
        assertEquals(409, late.status(), late::toString);
        JsonObject stale = late.json();
        assertEquals("Newer save stored", stale.getString("title"));
        assertEquals(20, stale.getJsonNumber("storedRevision").longValue());
        assertEquals(
                "Clear example with a result, and reflection",
                stale.getJsonObject("rating").getString("notes"));

        JsonObject stored =
                ScoringFixture.ratingsByPosition(client.get("api/v1/scorecards/" + id).json())
                        .get(1);
        assertEquals(5, stored.getInt("score"), "a late request never overwrites newer text");
        assertEquals(20, stored.getJsonNumber("revision").longValue());
        assertEquals(
                Instant.parse(newer.json().getString("savedAt")),
                Instant.parse(stored.getString("updatedAt")),
                "the time a save answers is the time stored (the databases keep microseconds)");
        assertEquals("DRAFT", client.get("api/v1/scorecards/" + id).json().getString("status"));
    }

    @Test
    void invalidScoresArePositionsAndBodiesAreRefusedWith422() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ApiClient client = f.as(me);
        for (String body :
                List.of(
                        rating(6, null, 1),
                        rating(0, null, 1),
                        "{\"score\":3,\"skipped\":true,\"skipReason\":\"ran out of time\",\"clientRevision\":1}",
                        "{\"score\":3}")) {
            ApiResponse refused = client.put("api/v1/scorecards/" + id + "/ratings/1", body);
            assertEquals(422, refused.status(), body + " -> " + refused);
            assertTrue(
                    refused.contentType().startsWith("application/problem+json"),
                    refused.contentType());
        }
        assertEquals(
                422,
                client.put("api/v1/scorecards/" + id + "/ratings/9", rating(3, null, 1)).status());
        ApiResponse skipped =
                client.put(
                        "api/v1/scorecards/" + id + "/ratings/2",
                        "{\"score\":null,\"skipped\":true,\"skipReason\":\"\",\"clientRevision\":1}");
        assertEquals(200, skipped.status(), "a skip without a reason is a valid draft: " + skipped);
    }

    @Test
    void nobodyReadsOrWritesAnotherPanelMembersScorecardBeforeSubmitting() {
        ScoringFixture f = ScoringFixture.create(deployment, 2, 2);
        String alice = f.panel.get(0);
        String bob = f.panel.get(1);
        long alicesCard = f.scorecardOf(alice);
        long bobsCard = f.scorecardOf(bob);
        assertEquals(
                200,
                f.as(alice)
                        .put(
                                "api/v1/scorecards/" + alicesCard + "/ratings/1",
                                rating(2, "Alice's private notes", 1))
                        .status());

        assertEquals(403, f.as(bob).get("api/v1/scorecards/" + alicesCard).status());
        assertEquals(
                403,
                f.as(bob)
                        .put("api/v1/scorecards/" + alicesCard + "/ratings/1", rating(5, "x", 99))
                        .status());
        assertEquals(
                403,
                f.as(bob)
                        .post(
                                "api/v1/scorecards/" + alicesCard + "/submit",
                                "{\"recommendation\":\"YES\",\"summary\":\"x\"}")
                        .status());
        assertEquals(
                403, f.as(bob).get("api/v1/scorecards/" + alicesCard + "/amendments").status());
        assertEquals(
                403,
                f.as(f.manager).get("api/v1/scorecards/" + alicesCard + "/amendments").status(),
                "not even the hiring manager reads a scorecard that is not submitted");
        HttpResponse<String> page = f.session(bob).get("scoring/scorecard.xhtml?id=" + alicesCard);
        assertEquals(403, page.statusCode());
        assertFalse(
                page.body().contains("Alice's private notes"),
                "nothing of it reaches the page source");
        String stranger = TestUsers.create(deployment, "stranger", "INTERVIEWER");
        assertEquals(403, f.as(stranger).get("api/v1/scorecards/" + bobsCard).status());
        assertEquals(404, f.as(bob).get("api/v1/scorecards/999999999").status());

        f.scoreAndSubmit(alice, "YES");
        assertEquals(
                403,
                f.session(bob).get("scoring/scorecard.xhtml?id=" + alicesCard).statusCode(),
                "Bob has not submitted his own yet, so Alice's stays hidden from him");
        assertEquals(
                200,
                f.as(f.manager).get("api/v1/scorecards/" + alicesCard + "/amendments").status(),
                "the opening's hiring manager reads a submitted scorecard");
        HttpResponse<String> managersView =
                f.session(f.manager).get("scoring/scorecard.xhtml?id=" + alicesCard);
        assertEquals(200, managersView.statusCode());
        assertTrue(managersView.body().contains("Fine answer 1"));

        f.scoreAndSubmit(bob, "NO");
        assertEquals(
                200,
                f.session(bob).get("scoring/scorecard.xhtml?id=" + alicesCard).statusCode(),
                "having submitted his own, Bob may read Alice's");
    }

    @Test
    void submittingListsEverythingMissingAndThenClosesTheScorecard() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 3);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ApiClient client = f.as(me);
        client.put("api/v1/scorecards/" + id + "/ratings/1", rating(5, "short", 1));
        client.put(
                "api/v1/scorecards/" + id + "/ratings/2",
                "{\"score\":null,\"skipped\":true,\"skipReason\":\"\",\"clientRevision\":1}");

        ApiResponse refused =
                client.post(
                        "api/v1/scorecards/" + id + "/submit",
                        "{\"recommendation\":null,\"summary\":\"\"}");
        assertEquals(422, refused.status(), refused::toString);
        JsonArray missing = refused.json().getJsonArray("missing");
        List<String> kinds =
                missing.stream()
                        .map(JsonValue::asJsonObject)
                        .map(m -> m.getString("kind"))
                        .toList();
        assertEquals(
                List.of("EVIDENCE", "SKIP_REASON", "SCORE_OR_SKIP", "RECOMMENDATION", "SUMMARY"),
                kinds);
        assertEquals(1, missing.getJsonObject(0).getInt("position"));
        assertEquals(5, missing.getJsonObject(0).getInt("score"), "the score that needs evidence");
        assertTrue(missing.getJsonObject(1).isNull("score"));
        assertEquals(
                422,
                client.post(
                                "api/v1/scorecards/" + id + "/submit",
                                "{\"recommendation\":\"MAYBE\",\"summary\":\"x\"}")
                        .status(),
                "there is no neutral option");

        client.put(
                "api/v1/scorecards/" + id + "/ratings/1",
                rating(
                        5,
                        "Specific story, owned the decision and followed up with the rule owner.",
                        2));
        client.put(
                "api/v1/scorecards/" + id + "/ratings/2",
                "{\"score\":null,\"skipped\":true,\"skipReason\":\"Ran out of time\",\"clientRevision\":2}");
        client.put("api/v1/scorecards/" + id + "/ratings/3", rating(3, "Ordinary", 1));
        ApiResponse submitted =
                client.post(
                        "api/v1/scorecards/" + id + "/submit",
                        "{\"recommendation\":\"STRONG_YES\",\"summary\":\"Hire.\"}");
        assertEquals(200, submitted.status(), submitted::toString);

        ApiResponse closed =
                client.put(
                        "api/v1/scorecards/" + id + "/ratings/3", rating(4, "changed my mind", 5));
        assertEquals(409, closed.status(), closed::toString);
        assertEquals("Scorecard closed", closed.json().getString("title"));
        assertEquals(
                409,
                client.post(
                                "api/v1/scorecards/" + id + "/submit",
                                "{\"recommendation\":\"YES\",\"summary\":\"again\"}")
                        .status());
        JsonObject mine =
                client.get("api/v1/scorecards?mine=true").jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(s -> s.getJsonNumber("id").longValue() == id)
                        .findFirst()
                        .orElseThrow();
        assertEquals("SUBMITTED", mine.getString("status"));
    }

    @Test
    void anAmendmentNeedsAReasonAndKeepsOldAndNewValuesForTheHiringManager() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ApiClient client = f.as(me);
        assertEquals(
                409,
                client.post(
                                "api/v1/scorecards/" + id + "/amend",
                                "{\"reason\":\"too early\",\"recommendation\":\"NO\"}")
                        .status(),
                "only a submitted scorecard is amended");
        f.scoreAndSubmit(me, "YES");

        ApiResponse noReason =
                client.post(
                        "api/v1/scorecards/" + id + "/amend",
                        "{\"reason\":\"  \",\"ratings\":{\"2\":{\"score\":4,\"skipped\":false,\"notes\":\"Better on reflection\"}}}");
        assertEquals(422, noReason.status(), noReason::toString);

        ApiResponse amended =
                client.post(
                        "api/v1/scorecards/" + id + "/amend",
                        "{\"reason\":\"Re-read my notes after the debrief\",\"ratings\":{\"2\":{\"score\":4,\"skipped\":false,"
                                + "\"notes\":\"Better on reflection\"}},\"recommendation\":\"STRONG_YES\"}");
        assertEquals(200, amended.status(), amended::toString);
        JsonArray changes = amended.json().getJsonArray("changes");
        assertTrue(
                changes.stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(
                                c ->
                                        "SCORE".equals(c.getString("field"))
                                                && "3".equals(c.getString("oldValue"))
                                                && "4".equals(c.getString("newValue"))),
                changes::toString);
        assertTrue(
                changes.stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(
                                c ->
                                        "RECOMMENDATION".equals(c.getString("field"))
                                                && "YES".equals(c.getString("oldValue"))),
                changes::toString);

        ApiResponse trail = f.as(f.manager).get("api/v1/scorecards/" + id + "/amendments");
        assertEquals(200, trail.status(), trail::toString);
        JsonObject entry = trail.jsonArray().getJsonObject(0);
        assertEquals(me, entry.getString("amendedBy"));
        assertEquals("Re-read my notes after the debrief", entry.getString("reason"));
        assertTrue(entry.containsKey("amendedAt"));
        String page = f.session(f.manager).get("scoring/scorecard.xhtml?id=" + id).body();
        assertTrue(
                page.contains("Amended after submission")
                        && page.contains("Re-read my notes after the debrief"),
                "the hiring manager sees the audit trail on the scorecard");
        assertTrue(
                client.get("api/v1/scorecards?mine=true").jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(
                                s ->
                                        s.getJsonNumber("id").longValue() == id
                                                && s.getBoolean("amended")));
    }

    @Test
    void aWholePanelStartingToScoreAtTheSameMomentAllSaveWithoutBeingToldToSendAgain()
            throws Exception {
        ScoringFixture f = ScoringFixture.create(deployment, 6, 2);
        ExecutorService pool = Executors.newFixedThreadPool(f.panel.size());
        try {
            CountDownLatch ready = new CountDownLatch(f.panel.size());
            List<Future<ApiResponse>> saves = new ArrayList<>();
            for (String member : f.panel) {
                long id = f.scorecardOf(member);
                ApiClient client = f.as(member);
                saves.add(
                        pool.submit(
                                () -> {
                                    ready.countDown();
                                    ready.await();
                                    return client.put(
                                            "api/v1/scorecards/" + id + "/ratings/1",
                                            rating(3, "first words", 1));
                                }));
            }
            for (Future<ApiResponse> save : saves) {
                ApiResponse response = save.get(60, TimeUnit.SECONDS);
                assertEquals(200, response.status(), response::toString);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(
                f.as(f.recruiter)
                        .get("api/v1/interviews/" + f.interviewId)
                        .json()
                        .getBoolean("frozen"));
    }

    @Test
    void anInterviewerDeactivatedMidInterviewIsRefusedAtTheirVeryNextSave() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ScoringFixture.Session browser = f.session(me);
        String token =
                ScoringFixture.Session.metaContent(
                        browser.get("scoring/scorecard.xhtml?id=" + id).body(),
                        "candor-csrf-token");
        Map<String, String> headers =
                Map.of("X-Candor-CSRF", token, "X-Requested-With", "candor-scoring");
        String path = "api/v1/scorecards/" + id + "/ratings/1";
        assertEquals(200, browser.put(path, rating(3, "before", 1), headers).statusCode());
        assertEquals(200, browser.put(path, rating(3, "still before", 2), headers).statusCode());

        ApiResponse deactivated =
                TestUsers.admin(deployment).patch("api/v1/users/" + me, "{\"active\":false}");
        assertEquals(200, deactivated.status(), deactivated::toString);

        assertEquals(
                401,
                browser.put(path, rating(3, "after", 3), headers).statusCode(),
                "signed-in sessions do not outlive deactivation, not even for a few seconds");
    }

    @Test
    void aBrowserSessionCannotChangeAScorecardWithoutThePagesCsrfHeader()
            throws IOException, InterruptedException {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ScoringFixture.Session browser = f.session(me);
        String page = browser.get("scoring/scorecard.xhtml?id=" + id).body();
        String token = ScoringFixture.Session.metaContent(page, "candor-csrf-token");
        assertFalse(token.isEmpty(), "signed in, the page carries the CSRF token");
        String path = "api/v1/scorecards/" + id + "/ratings/1";

        HttpResponse<String> forged = browser.put(path, rating(3, "from the page", 1), Map.of());
        assertEquals(
                403,
                forged.statusCode(),
                "the session cookie alone is not enough: " + forged.body());
        assertEquals(
                403,
                browser.put(path, rating(3, "from the page", 1), Map.of("X-Candor-CSRF", "guess"))
                        .statusCode());
        HttpResponse<String> real =
                browser.put(path, rating(3, "from the page", 1), Map.of("X-Candor-CSRF", token));
        assertEquals(200, real.statusCode(), real.body());

        String base =
                deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
        HttpResponse<String> signedOut =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + path))
                                        .header("Content-Type", "application/json")
                                        .header("X-Requested-With", "candor-scoring")
                                        .PUT(HttpRequest.BodyPublishers.ofString(rating(3, "x", 2)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, signedOut.statusCode());
        assertTrue(
                signedOut.headers().firstValue("WWW-Authenticate").isEmpty(),
                "the page's script gets no Basic challenge, so the browser shows no password dialog");
    }

    @Test
    void theDraftRecommendationAndSummaryAreSavedAndReadBackWhileDrafting() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ApiClient client = f.as(me);

        ApiResponse saved =
                client.put(
                        "api/v1/scorecards/" + id + "/draft",
                        draft("STRONG_YES", "Owned the outage end to end", 10));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(10, saved.json().getJsonNumber("revision").longValue());
        assertTrue(saved.json().containsKey("updatedAt"), saved::toString);
        assertTrue(
                f.as(f.recruiter)
                        .get("api/v1/interviews/" + f.interviewId)
                        .json()
                        .getBoolean("frozen"),
                "a first draft save starts the scorecard, as a first rating does");

        JsonObject card = client.get("api/v1/scorecards/" + id).json();
        assertEquals("DRAFT", card.getString("status"));
        assertEquals(
                Instant.parse(saved.json().getString("updatedAt")),
                Instant.parse(card.getString("draftUpdatedAt")),
                "the time a save answers is the time stored");
        assertEquals("STRONG_YES", card.getString("recommendation"));
        assertEquals("Owned the outage end to end", card.getString("summary"));
        assertEquals(10, card.getJsonNumber("draftRevision").longValue());

        assertEquals(
                200,
                client.put(
                                "api/v1/scorecards/" + id + "/draft",
                                draft(null, "Owned the outage end to end; unsure about tact", 11))
                        .status());
        JsonObject newer = client.get("api/v1/scorecards/" + id).json();
        assertTrue(
                absent(newer, "recommendation"),
                "a draft may take its recommendation back: " + newer);
        assertEquals("Owned the outage end to end; unsure about tact", newer.getString("summary"));
        assertEquals(11, newer.getJsonNumber("draftRevision").longValue());
    }

    @Test
    void anOlderDraftSaveIsStaleAndAnExactReplayIsIdempotent() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ApiClient client = f.as(me);
        String path = "api/v1/scorecards/" + id + "/draft";

        ApiResponse first = client.put(path, draft("YES", "Typed on the laptop", 20));
        assertEquals(200, first.status(), first::toString);
        ApiResponse replay = client.put(path, draft("YES", "Typed on the laptop", 20));
        assertEquals(200, replay.status(), "the same change sent again is accepted: " + replay);
        assertEquals(20, replay.json().getJsonNumber("revision").longValue());
        assertEquals(
                first.json().getString("updatedAt"),
                replay.json().getString("updatedAt"),
                "a replay writes nothing");

        for (String late :
                List.of(
                        draft("NO", "Typed on the phone before", 15),
                        draft("NO", "Different words", 20))) {
            ApiResponse stale = client.put(path, late);
            assertEquals(409, stale.status(), late + " -> " + stale);
            assertEquals("Newer save stored", stale.json().getString("title"));
            assertEquals(20, stale.json().getJsonNumber("storedRevision").longValue());
            JsonObject stored = stale.json().getJsonObject("draft");
            assertEquals("YES", stored.getString("recommendation"));
            assertEquals("Typed on the laptop", stored.getString("summary"));
            assertEquals(20, stored.getJsonNumber("revision").longValue());
        }
        JsonObject card = client.get("api/v1/scorecards/" + id).json();
        assertEquals(
                "Typed on the laptop",
                card.getString("summary"),
                "a late request never overwrites newer text");
        assertEquals(20, card.getJsonNumber("draftRevision").longValue());
    }

    @Test
    void nobodyElseSavesAnInterviewersDraft() {
        ScoringFixture f = ScoringFixture.create(deployment, 2, 2);
        String alice = f.panel.get(0);
        String bob = f.panel.get(1);
        long alicesCard = f.scorecardOf(alice);
        assertEquals(
                200,
                f.as(alice)
                        .put(
                                "api/v1/scorecards/" + alicesCard + "/draft",
                                draft("NO", "Alice's private summary", 1))
                        .status());

        ApiResponse refused =
                f.as(bob)
                        .put(
                                "api/v1/scorecards/" + alicesCard + "/draft",
                                draft("YES", "Bob's", 99));
        assertEquals(403, refused.status(), refused::toString);
        assertEquals(
                403,
                f.as(f.manager)
                        .put("api/v1/scorecards/" + alicesCard + "/draft", draft("YES", "x", 99))
                        .status(),
                "not even the hiring manager");
        assertEquals(
                404,
                f.as(bob).put("api/v1/scorecards/999999999/draft", draft("YES", "x", 1)).status());
        assertEquals(
                "Alice's private summary",
                f.as(alice).get("api/v1/scorecards/" + alicesCard).json().getString("summary"));
    }

    @Test
    void aDraftIsSeenByNobodyElseNotEvenOnReportsAndExportsOnceOthersHaveSubmitted() {
        ScoringFixture f = ScoringFixture.create(deployment, 2, 2);
        String alice = f.panel.get(0);
        String bob = f.panel.get(1);
        long alicesCard = f.scorecardOf(alice);
        assertEquals(
                200,
                f.as(alice)
                        .put(
                                "api/v1/scorecards/" + alicesCard + "/draft",
                                draft("STRONG_NO", "Alice's private summary", 1))
                        .status());
        f.scoreAndSubmit(bob, "YES");

        assertEquals(403, f.as(bob).get("api/v1/scorecards/" + alicesCard).status());
        for (String reader : List.of(f.manager, f.recruiter)) {
            ApiClient client = f.as(reader);
            assertEquals(403, client.get("api/v1/scorecards/" + alicesCard).status(), reader);
            ApiResponse report = client.get("api/v1/candidates/" + f.candidateId + "/report");
            assertEquals(200, report.status(), report::toString);
            assertEquals(
                    1,
                    report.json().getJsonObject("tally").getInt("yes"),
                    "Bob's submitted recommendation counts");
            assertEquals(
                    0,
                    report.json().getJsonObject("tally").getInt("strongNo"),
                    "Alice's draft does not");
            assertFalse(
                    report.body().contains("Alice's private summary")
                            || report.body().contains("STRONG_NO"),
                    reader + " sees Alice's draft in the candidate report: " + report.body());
            ApiResponse csv = client.get("api/v1/openings/" + f.openingId + "/comparison.csv");
            assertEquals(200, csv.status(), csv::toString);
            assertFalse(
                    csv.body().contains("Alice's private summary")
                            || csv.body().contains("STRONG_NO"),
                    reader + " sees Alice's draft in the export: " + csv.body());
        }
    }

    @Test
    void aSubmittedScorecardTakesNoDraftAndTheSubmittedRecommendationAndSummaryWin() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ApiClient client = f.as(me);
        assertEquals(
                200,
                client.put("api/v1/scorecards/" + id + "/draft", draft("NO", "Draft words", 1))
                        .status());

        f.scoreAndSubmit(me, "YES");

        JsonObject card = client.get("api/v1/scorecards/" + id).json();
        assertEquals("YES", card.getString("recommendation"));
        assertEquals("Solid.", card.getString("summary"));
        ApiResponse closed =
                client.put("api/v1/scorecards/" + id + "/draft", draft("STRONG_NO", "Too late", 2));
        assertEquals(409, closed.status(), closed::toString);
        assertEquals("Scorecard closed", closed.json().getString("title"));
        assertEquals("Solid.", client.get("api/v1/scorecards/" + id).json().getString("summary"));
    }

    @Test
    void anUnknownRecommendationAMissingRevisionOrATooLongSummaryIsRefusedWith422() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ApiClient client = f.as(me);
        String path = "api/v1/scorecards/" + id + "/draft";

        ApiResponse maybe = client.put(path, draft("MAYBE", "Could go either way", 1));
        assertEquals(422, maybe.status(), maybe::toString);
        assertTrue(maybe.contentType().startsWith("application/problem+json"), maybe.contentType());
        assertTrue(
                maybe.toString().contains("STRONG_NO") && maybe.toString().contains("STRONG_YES"),
                "the message names the allowed values: " + maybe);
        assertEquals(
                422,
                client.put(path, "{\"recommendation\":\"YES\",\"summary\":\"x\"}").status(),
                "a draft save needs its client revision");
        assertEquals(422, client.put(path, draft("YES", "x", 0)).status());
        assertEquals(
                422, client.put(path, draft(null, "x".repeat(4001), 1)).status(), "nothing is cut");
        assertEquals(200, client.put(path, draft(null, "x".repeat(4000), 1)).status());
    }

    @Test
    void aBrowserSessionCannotSaveADraftWithoutThePagesCsrfHeader() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        long id = f.scorecardOf(me);
        ScoringFixture.Session browser = f.session(me);
        String token =
                ScoringFixture.Session.metaContent(
                        browser.get("scoring/scorecard.xhtml?id=" + id).body(),
                        "candor-csrf-token");
        String path = "api/v1/scorecards/" + id + "/draft";

        assertEquals(
                403, browser.put(path, draft("YES", "from the page", 1), Map.of()).statusCode());
        HttpResponse<String> real =
                browser.put(path, draft("YES", "from the page", 1), Map.of("X-Candor-CSRF", token));
        assertEquals(200, real.statusCode(), real.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheAutosaveOfRatingsAndDraft() {
        String document = ApiClient.anonymous(deployment).get("openapi").body();
        for (String path :
                List.of(
                        "/api/v1/scorecards/{id}/ratings/{position}",
                        "/api/v1/scorecards/{id}/draft")) {
            assertTrue(document.contains(path), path);
        }
    }
}
