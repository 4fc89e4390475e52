package dev.candor.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An interview to score, made through the REST API as people would: a recruiter opens a position
 * with a hiring manager, plans one stage from the starter library's active questions, adds a
 * candidate and schedules an interview with a panel; each panel member then has a scorecard.
 */
public final class ScoringFixture {

    public final URL deployment;
    public final String recruiter;
    public final String manager;
    public final List<String> panel;
    public final long openingId;
    public final long candidateId;
    public final long interviewId;
    public final int questions;

    private ScoringFixture(
            URL deployment,
            String recruiter,
            String manager,
            List<String> panel,
            long openingId,
            long candidateId,
            long interviewId,
            int questions) {
        this.deployment = deployment;
        this.recruiter = recruiter;
        this.manager = manager;
        this.panel = panel;
        this.openingId = openingId;
        this.candidateId = candidateId;
        this.interviewId = interviewId;
        this.questions = questions;
    }

    public static ScoringFixture create(URL deployment, int panelSize, int questionCount) {
        String recruiter = TestUsers.create(deployment, "rec", "RECRUITER");
        String manager = TestUsers.create(deployment, "hm", "HIRING_MANAGER");
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < panelSize; i++) {
            panel.add(TestUsers.create(deployment, "iv" + i, "INTERVIEWER"));
        }
        ApiClient staff = TestUsers.as(deployment, recruiter);
        ApiResponse questions = staff.get("api/v1/questions?status=ACTIVE&size=" + questionCount);
        assertEquals(200, questions.status(), questions::toString);
        JsonArray items = questions.json().getJsonArray("items");
        assertFalse(items.isEmpty(), "the starter library provides active questions");
        String planQuestions =
                items.stream()
                        .limit(questionCount)
                        .map(
                                q ->
                                        "{\"questionId\":"
                                                + q.asJsonObject().getJsonNumber("id").longValue()
                                                + ",\"minutes\":5}")
                        .collect(Collectors.joining(","));
        ApiResponse opening =
                staff.post(
                        "api/v1/openings",
                        "{\"title\":\""
                                + TestUsers.unique("Scoring opening")
                                + "\",\"team\":\"Support\",\"description\":\"Scoring tests\",\"hiringManagers\":[\""
                                + manager
                                + "\"],\"keyCompetencies\":[]}");
        assertEquals(201, opening.status(), opening::toString);
        long openingId = opening.json().getJsonNumber("id").longValue();
        ApiResponse plan =
                staff.put(
                        "api/v1/openings/" + openingId + "/plan",
                        "{\"stages\":[{\"name\":\"Main\",\"minutes\":60,\"questions\":["
                                + planQuestions
                                + "]}]}");
        assertEquals(200, plan.status(), plan::toString);
        ApiResponse candidate =
                staff.post(
                        "api/v1/openings/" + openingId + "/candidates",
                        "{\"name\":\""
                                + TestUsers.unique("Casey Candidate")
                                + "\",\"email\":\"casey@example.com\"}");
        assertEquals(201, candidate.status(), candidate::toString);
        long candidateId = candidate.json().getJsonNumber("id").longValue();
        String members = panel.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(","));
        ApiResponse interview =
                staff.post(
                        "api/v1/interviews",
                        "{\"candidateId\":"
                                + candidateId
                                + ",\"stage\":\"Main\",\"startsAt\":\"2030-01-15T10:00:00Z\",\"minutes\":60,\"panel\":["
                                + members
                                + "]}");
        assertEquals(201, interview.status(), interview::toString);
        long interviewId = interview.json().getJsonNumber("id").longValue();
        return new ScoringFixture(
                deployment,
                recruiter,
                manager,
                panel,
                openingId,
                candidateId,
                interviewId,
                Math.min(questionCount, items.size()));
    }

    public ApiClient as(String username) {
        return TestUsers.as(deployment, username);
    }

    /** The scorecard id of this panel member for the fixture's interview. */
    public long scorecardOf(String username) {
        ApiResponse mine = as(username).get("api/v1/scorecards?mine=true");
        assertEquals(200, mine.status(), mine::toString);
        return mine.jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("interviewId").longValue() == interviewId)
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no scorecard: " + mine))
                .getJsonNumber("id")
                .longValue();
    }

    /** Scores every question with 3 and submits. */
    public void scoreAndSubmit(String username, String recommendation) {
        long id = scorecardOf(username);
        ApiClient client = as(username);
        long revision = System.currentTimeMillis();
        for (int position = 1; position <= questions; position++) {
            ApiResponse saved =
                    client.put(
                            "api/v1/scorecards/" + id + "/ratings/" + position,
                            "{\"score\":3,\"skipped\":false,\"notes\":\"Fine answer "
                                    + position
                                    + "\",\"clientRevision\":"
                                    + revision
                                    + "}");
            assertEquals(200, saved.status(), saved::toString);
        }
        ApiResponse submitted =
                client.post(
                        "api/v1/scorecards/" + id + "/submit",
                        "{\"recommendation\":\"" + recommendation + "\",\"summary\":\"Solid.\"}");
        assertEquals(200, submitted.status(), submitted::toString);
    }

    /** A browser-like client signed in through the sign-in form (pages do not take HTTP Basic). */
    public Session session(String username) {
        return Session.signIn(deployment, username);
    }

    /**
     * Cookies, redirects followed, signed in with the form; pages carry the CSRF token in a meta
     * tag.
     */
    public static final class Session {
        private final HttpClient http =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
        private final String base;

        private Session(URL deployment) {
            this.base =
                    deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
        }

        static Session signIn(URL deployment, String username) {
            return signInAs(deployment, username, TestUsers.PASSWORD);
        }

        /** A browser that has not signed in. */
        public static Session anonymous(URL deployment) {
            return new Session(deployment);
        }

        public static Session signInAs(URL deployment, String username, String password) {
            Session session = new Session(deployment);
            String login = session.get("login.xhtml").body();
            Matcher state =
                    Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                            .matcher(login);
            if (!state.find()) {
                throw new AssertionError("no view state on the sign-in page");
            }
            String form =
                    "signIn=signIn&signIn%3Ausername="
                            + enc(username)
                            + "&signIn%3Apassword="
                            + enc(password)
                            + "&signIn%3Asubmit=&jakarta.faces.ViewState="
                            + enc(state.group(1));
            session.send(
                    HttpRequest.newBuilder(URI.create(session.base + "login.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)));
            return session;
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        public HttpResponse<String> put(String path, String json, Map<String, String> headers) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(json));
            headers.forEach(request::header);
            return send(request);
        }

        public static String metaContent(String html, String name) {
            Matcher m =
                    Pattern.compile(
                                    "<meta name=\""
                                            + Pattern.quote(name)
                                            + "\" content=\"([^\"]*)\"")
                            .matcher(html);
            return m.find() ? m.group(1) : "";
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    public static Map<Integer, JsonObject> ratingsByPosition(JsonObject scorecard) {
        return scorecard.getJsonArray("questions").stream()
                .map(JsonValue::asJsonObject)
                .collect(
                        Collectors.toMap(
                                q -> q.getInt("position"), q -> q.getJsonObject("rating")));
    }
}
