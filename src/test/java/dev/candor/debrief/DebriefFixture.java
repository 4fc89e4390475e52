package dev.candor.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.comparison.ComparisonFixture;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.TestUsers;
import jakarta.json.Json;
import java.net.URL;
import java.util.List;

/**
 * A debrief scenario on top of comparison's fixture: a junior and a lead interviewer scheduled with
 * their seniority, who score with notes of their own choosing.
 */
public final class DebriefFixture {

    public final ComparisonFixture opening;
    public final String junior;
    public final String lead;
    private final URL deployment;

    public DebriefFixture(URL deployment, String title) {
        this.deployment = deployment;
        opening = new ComparisonFixture(deployment, title, 3);
        junior = TestUsers.create(deployment, "dbjun", "INTERVIEWER");
        lead = TestUsers.create(deployment, "dblead", "INTERVIEWER");
    }

    public long schedule(long candidateId) {
        ApiResponse interview =
                TestUsers.as(deployment, opening.recruiter)
                        .post(
                                "api/v1/interviews",
                                "{\"candidateId\":"
                                        + candidateId
                                        + ",\"stage\":\""
                                        + ComparisonFixture.STAGE
                                        + "\",\"startsAt\":\"2026-11-20T10:00:00Z\",\"minutes\":60,"
                                        + "\"panel\":[\""
                                        + lead
                                        + "\",\""
                                        + junior
                                        + "\"],\"seniority\":{\""
                                        + lead
                                        + "\":\"LEAD\",\""
                                        + junior
                                        + "\":\"JUNIOR\"}}");
        assertEquals(201, interview.status(), interview::toString);
        return interview.json().getJsonNumber("id").longValue();
    }

    /** Scores each question with the given notes and submits. */
    public long score(
            String interviewer,
            long interviewId,
            List<Integer> scores,
            List<String> notes,
            String recommendation,
            String summary) {
        long scorecard = opening.scorecard(interviewer, interviewId);
        ApiClient client = TestUsers.as(deployment, interviewer);
        for (int position = 1; position <= scores.size(); position++) {
            String body =
                    Json.createObjectBuilder()
                            .add("score", scores.get(position - 1))
                            .add("notes", notes.get(position - 1))
                            .add("clientRevision", 1)
                            .build()
                            .toString();
            ApiResponse saved =
                    client.put("api/v1/scorecards/" + scorecard + "/ratings/" + position, body);
            assertEquals(200, saved.status(), saved::toString);
        }
        ApiResponse submitted =
                client.post(
                        "api/v1/scorecards/" + scorecard + "/submit",
                        Json.createObjectBuilder()
                                .add("recommendation", recommendation)
                                .add("summary", summary)
                                .build()
                                .toString());
        assertEquals(200, submitted.status(), submitted::toString);
        return scorecard;
    }
}
