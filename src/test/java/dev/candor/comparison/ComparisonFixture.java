package dev.candor.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a small opening through planning's and scoring's REST APIs, as people would: a recruiter
 * opens it with a hiring manager and a one-stage plan of starter-library questions, adds candidates
 * and schedules interviews, and each interviewer scores and submits their own scorecard.
 */
public final class ComparisonFixture {

    public static final String STAGE = "Onsite";

    private final URL deployment;
    public final String recruiter;
    public final String hiringManager;
    public final long openingId;

    /** Question ids of the plan, in position order, and their competencies. */
    public final List<Long> questions = new ArrayList<>();

    public final List<String> competencies = new ArrayList<>();

    public ComparisonFixture(URL deployment, String title, int questionCount) {
        this.deployment = deployment;
        recruiter = TestUsers.create(deployment, "cmprec", "RECRUITER");
        hiringManager = TestUsers.create(deployment, "cmphm", "HIRING_MANAGER");
        ApiClient rec = TestUsers.as(deployment, recruiter);
        pickQuestions(rec, questionCount);
        ApiResponse opening =
                rec.post(
                        "api/v1/openings",
                        "{\"title\":\""
                                + title
                                + "\",\"team\":\"Platform\","
                                + "\"description\":\"Comparison test opening\",\"hiringManagers\":[\""
                                + hiringManager
                                + "\"],"
                                + "\"keyCompetencies\":[]}");
        assertEquals(201, opening.status(), opening::toString);
        openingId = opening.json().getJsonNumber("id").longValue();
        String planQuestions =
                questions.stream()
                        .map(id -> "{\"questionId\":" + id + ",\"minutes\":10}")
                        .collect(Collectors.joining(","));
        ApiResponse plan =
                rec.put(
                        "api/v1/openings/" + openingId + "/plan",
                        "{\"stages\":[{\"name\":\""
                                + STAGE
                                + "\",\"minutes\":60,\"questions\":["
                                + planQuestions
                                + "]}]}");
        assertEquals(200, plan.status(), plan::toString);
    }

    /** Questions from the starter library, taking at least two competencies when it has them. */
    private void pickQuestions(ApiClient client, int count) {
        ApiResponse page = client.get("api/v1/questions?status=ACTIVE&size=100");
        assertEquals(200, page.status(), page::toString);
        JsonArray items = page.json().getJsonArray("items");
        assertTrue(
                items.size() >= count,
                "the starter library has too few questions: " + items.size());
        Map<String, List<JsonObject>> byCompetency = new LinkedHashMap<>();
        for (JsonValue item : items) {
            JsonObject question = item.asJsonObject();
            byCompetency
                    .computeIfAbsent(question.getString("competency"), c -> new ArrayList<>())
                    .add(question);
        }
        // Round-robin over competencies so the plan spans several.
        int round = 0;
        while (questions.size() < count) {
            for (List<JsonObject> its : byCompetency.values()) {
                if (round < its.size() && questions.size() < count) {
                    questions.add(its.get(round).getJsonNumber("id").longValue());
                    competencies.add(its.get(round).getString("competency"));
                }
            }
            round++;
        }
    }

    public long addCandidate(String name) {
        ApiResponse candidate =
                TestUsers.as(deployment, recruiter)
                        .post(
                                "api/v1/openings/" + openingId + "/candidates",
                                "{\"name\":\""
                                        + name
                                        + "\",\"email\":\""
                                        + TestUsers.unique("c")
                                        + "@example.com\"}");
        assertEquals(201, candidate.status(), candidate::toString);
        return candidate.json().getJsonNumber("id").longValue();
    }

    public long schedule(long candidateId, List<String> panel) {
        String members = panel.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(","));
        ApiResponse interview =
                TestUsers.as(deployment, recruiter)
                        .post(
                                "api/v1/interviews",
                                "{\"candidateId\":"
                                        + candidateId
                                        + ",\"stage\":\""
                                        + STAGE
                                        + "\",\"startsAt\":\"2026-11-20T10:00:00Z\","
                                        + "\"minutes\":60,\"panel\":["
                                        + members
                                        + "]}");
        assertEquals(201, interview.status(), interview::toString);
        return interview.json().getJsonNumber("id").longValue();
    }

    /** The interviewer's scorecard for the interview. */
    public long scorecard(String interviewer, long interviewId) {
        ApiResponse mine = TestUsers.as(deployment, interviewer).get("api/v1/scorecards?mine=true");
        assertEquals(200, mine.status(), mine::toString);
        for (JsonValue value : mine.jsonArray()) {
            JsonObject scorecard = value.asJsonObject();
            if (scorecard.getJsonNumber("interviewId").longValue() == interviewId) {
                return scorecard.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError(
                interviewer + " has no scorecard for interview " + interviewId + ": " + mine);
    }

    /**
     * Scores every question (null = skipped) and submits.
     *
     * @param scores one per plan question, in position order
     */
    public long score(
            String interviewer, long interviewId, Integer[] scores, String recommendation) {
        long scorecard = scorecard(interviewer, interviewId);
        ApiClient client = TestUsers.as(deployment, interviewer);
        for (int position = 1; position <= scores.length; position++) {
            Integer score = scores[position - 1];
            String body =
                    score == null
                            ? "{\"skipped\":true,\"skipReason\":\"Ran out of time\",\"notes\":\"\",\"clientRevision\":1}"
                            : "{\"score\":"
                                    + score
                                    + ",\"notes\":\""
                                    + noteFor(interviewer, position, score)
                                    + "\",\"clientRevision\":1}";
            ApiResponse saved =
                    client.put("api/v1/scorecards/" + scorecard + "/ratings/" + position, body);
            assertEquals(200, saved.status(), saved::toString);
        }
        ApiResponse submitted =
                client.post(
                        "api/v1/scorecards/" + scorecard + "/submit",
                        "{\"recommendation\":\""
                                + recommendation
                                + "\",\"summary\":\"Summary by "
                                + interviewer
                                + "\"}");
        assertEquals(200, submitted.status(), submitted::toString);
        return scorecard;
    }

    public static String noteFor(String interviewer, int position, int score) {
        return "Evidence from "
                + interviewer
                + " on question "
                + position
                + ": scored "
                + score
                + " for a reason";
    }
}
