package dev.candor.questionbank.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two people editing one question: nothing silently overwritten, never a 500 (issue 21, item 5).
 */
@CandorIntegrationTest
@RunAsClient
@Order(92)
class ConcurrentQuestionEditsApiIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource private URL deployment;

    private String base() {
        String url = deployment.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    private static String question(String text, String competency) {
        return "{\"text\":\""
                + text
                + "\",\"kind\":\"BEHAVIOURAL\",\"competency\":\""
                + competency
                + "\",\"guidance\":\"Listen for ownership.\",\"probes\":[],"
                + "\"anchors\":[{\"score\":1,\"label\":\"None\",\"description\":\"No example.\"},"
                + "{\"score\":3,\"label\":\"Some\",\"description\":\"Fixed their part.\"},"
                + "{\"score\":5,\"label\":\"Full\",\"description\":\"Saw it through.\"}],"
                + "\"tags\":[],\"status\":\"DRAFT\",\"changeNote\":\"Edit\"}";
    }

    private record Fixture(String recruiter, String competency, long question) {}

    private Fixture draftQuestion() {
        String recruiter = TestUsers.create(deployment, "editor", "RECRUITER");
        ApiClient client = TestUsers.as(deployment, recruiter);
        String competency = "Competency " + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                client.post(
                                "api/v1/competencies",
                                "{\"name\":\""
                                        + competency
                                        + "\",\"description\":\"Edited at once.\"}")
                        .status());
        ApiResponse created =
                client.post("api/v1/questions", question("Tell me about a refund.", competency));
        assertEquals(201, created.status(), created::toString);
        return new Fixture(recruiter, competency, created.json().getJsonNumber("id").longValue());
    }

    private HttpResponse<String> put(Fixture f, String text, String ifMatch) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base() + "api/v1/questions/" + f.question()))
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (f.recruiter() + ":" + TestUsers.PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .PUT(HttpRequest.BodyPublishers.ofString(question(text, f.competency())));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChangeBasedOnAnOldReadIsRefusedWith409AndTheCurrentVersion() throws Exception {
        Fixture f = draftQuestion();
        ApiResponse read =
                TestUsers.as(deployment, f.recruiter()).get("api/v1/questions/" + f.question());
        String etag = read.header("ETag").orElseThrow(() -> new AssertionError("no ETag"));

        HttpResponse<String> first = put(f, "First person's wording.", etag);
        assertEquals(200, first.statusCode(), first.body());
        String newer = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> second = put(f, "Second person's wording.", etag);
        assertEquals(409, second.statusCode(), second.body());
        assertProblemJson(second.headers().firstValue("Content-Type").orElse(""));
        assertTrue(second.body().contains("\"currentVersion\""), second.body());
        assertEquals(newer, second.headers().firstValue("ETag").orElse(""));
        assertTrue(
                TestUsers.as(deployment, f.recruiter())
                        .get("api/v1/questions/" + f.question())
                        .body()
                        .contains("First person's wording."),
                "the first change was not overwritten");
    }

    @Test
    void tenParallelEditsOfOneQuestionGive409sNever500() throws Exception {
        Fixture f = draftQuestion();
        String etag =
                TestUsers.as(deployment, f.recruiter())
                        .get("api/v1/questions/" + f.question())
                        .header("ETag")
                        .orElseThrow();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (String ifMatch : new String[] {etag, null}) {
            ExecutorService pool = Executors.newFixedThreadPool(10);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String text = "Parallel wording " + i + (ifMatch == null ? " blind" : "");
                edits.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return put(f, text, ifMatch).statusCode();
                                }));
            }
            start.countDown();
            for (Future<Integer> edit : edits) {
                statuses.merge(edit.get(), 1, Integer::sum);
            }
            pool.shutdown();
        }
        assertTrue(
                statuses.keySet().stream().allMatch(s -> s == 200 || s == 409),
                "only 200 and 409: " + statuses);
        assertTrue(
                statuses.getOrDefault(409, 0) >= 9, "the stale If-Match edits lose: " + statuses);
    }

    /** application/problem+json, with or without a charset parameter. */
    private static void assertProblemJson(String contentType, String... context) {
        assertTrue(
                contentType.startsWith("application/problem+json"),
                contentType + " " + String.join(" ", context));
    }
}
