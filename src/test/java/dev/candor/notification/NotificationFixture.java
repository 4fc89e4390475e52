package dev.candor.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * People with e-mail addresses, an opening with a one-stage plan and a candidate, made through the
 * REST API; interviews are scheduled by each test.
 */
public final class NotificationFixture {

    public final URL deployment;
    public final String recruiter;
    public final String manager;
    public final List<String> panel;
    public final long candidateId;
    public final String candidateName;
    private final int questions;

    private NotificationFixture(
            URL deployment,
            String recruiter,
            String manager,
            List<String> panel,
            long candidateId,
            String candidateName,
            int questions) {
        this.deployment = deployment;
        this.recruiter = recruiter;
        this.manager = manager;
        this.panel = panel;
        this.candidateId = candidateId;
        this.candidateName = candidateName;
        this.questions = questions;
    }

    public static NotificationFixture create(URL deployment, int panelSize) {
        String recruiter = person(deployment, "nrec", "RECRUITER");
        String manager = person(deployment, "nhm", "HIRING_MANAGER");
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < panelSize; i++) {
            panel.add(person(deployment, "niv" + i, "INTERVIEWER"));
        }
        ApiClient staff = TestUsers.as(deployment, recruiter);
        ApiResponse questions = staff.get("api/v1/questions?status=ACTIVE&size=2");
        assertEquals(200, questions.status(), questions::toString);
        JsonArray items = questions.json().getJsonArray("items");
        String planQuestions =
                items.stream()
                        .map(
                                q ->
                                        "{\"questionId\":"
                                                + q.asJsonObject().getJsonNumber("id").longValue()
                                                + ",\"minutes\":10}")
                        .collect(Collectors.joining(","));
        ApiResponse opening =
                staff.post(
                        "api/v1/openings",
                        "{\"title\":\""
                                + TestUsers.unique("Notified opening")
                                + "\",\"team\":\"Support\",\"description\":\"Notification tests\",\"hiringManagers\":[\""
                                + manager
                                + "\"],\"keyCompetencies\":[]}");
        assertEquals(201, opening.status(), opening::toString);
        long openingId = opening.json().getJsonNumber("id").longValue();
        ApiResponse plan =
                staff.put(
                        "api/v1/openings/" + openingId + "/plan",
                        "{\"stages\":[{\"name\":\"Onsite\",\"minutes\":60,\"questions\":["
                                + planQuestions
                                + "]}]}");
        assertEquals(200, plan.status(), plan::toString);
        String name = TestUsers.unique("Ana Silva");
        ApiResponse candidate =
                staff.post(
                        "api/v1/openings/" + openingId + "/candidates",
                        "{\"name\":\"" + name + "\",\"email\":\"ana@example.com\"}");
        assertEquals(201, candidate.status(), candidate::toString);
        return new NotificationFixture(
                deployment,
                recruiter,
                manager,
                panel,
                candidate.json().getJsonNumber("id").longValue(),
                name,
                items.size());
    }

    private static String person(URL deployment, String prefix, String role) {
        String username = TestUsers.unique(prefix);
        ApiResponse created =
                TestUsers.admin(deployment)
                        .post(
                                "api/v1/users",
                                "{\"username\":\""
                                        + username
                                        + "\",\"displayName\":\""
                                        + prefix
                                        + " Person\",\"email\":\""
                                        + email(username)
                                        + "\",\"roles\":[\""
                                        + role
                                        + "\"],\"password\":\""
                                        + TestUsers.PASSWORD
                                        + "\"}");
        assertEquals(201, created.status(), created::toString);
        return username;
    }

    public static String email(String username) {
        return username + "@it.example.org";
    }

    public ApiClient as(String username) {
        return TestUsers.as(deployment, username);
    }

    /** Schedules the candidate's interview with the whole panel; returns its id. */
    public long schedule(Instant startsAt, int minutes) {
        String members = panel.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(","));
        ApiResponse interview =
                as(recruiter)
                        .post(
                                "api/v1/interviews",
                                "{\"candidateId\":"
                                        + candidateId
                                        + ",\"stage\":\"Onsite\",\"startsAt\":\""
                                        + startsAt
                                        + "\",\"minutes\":"
                                        + minutes
                                        + ",\"panel\":["
                                        + members
                                        + "]}");
        assertEquals(201, interview.status(), interview::toString);
        return interview.json().getJsonNumber("id").longValue();
    }

    public long scorecardOf(String username, long interviewId) {
        ApiResponse mine = as(username).get("api/v1/scorecards?mine=true");
        assertEquals(200, mine.status(), mine::toString);
        return mine.jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("interviewId").longValue() == interviewId)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** Scores every question with 3 and submits. */
    public void submit(String username, long interviewId) {
        long id = scorecardOf(username, interviewId);
        ApiClient client = as(username);
        for (int position = 1; position <= questions; position++) {
            ApiResponse saved =
                    client.put(
                            "api/v1/scorecards/" + id + "/ratings/" + position,
                            "{\"score\":3,\"skipped\":false,\"notes\":\"Fine answer\",\"clientRevision\":"
                                    + System.currentTimeMillis()
                                    + "}");
            assertEquals(200, saved.status(), saved::toString);
        }
        ApiResponse submitted =
                client.post(
                        "api/v1/scorecards/" + id + "/submit",
                        "{\"recommendation\":\"YES\",\"summary\":\"Solid.\"}");
        assertEquals(200, submitted.status(), submitted::toString);
    }
}
