package dev.candor.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.Environment;
import dev.candor.testing.LaunchedCandor;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Failures of the process and of the database, against Candor launched as operators run it (one
 * server for the class, on the database of this failsafe execution): a 200 on a save means stored,
 * whatever happens next.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityIT {

    private static final int PANEL = 4;
    private static final int QUESTIONS = 3;
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    private final boolean postgres = "postgresql".equals(System.getProperty("it.database"));
    private String database;
    private LaunchedCandor candor;

    @BeforeAll
    void launch() throws Exception {
        Path target = Path.of(System.getProperty("candor.war", "target/candor.war")).getParent();
        Environment.require(
                Files.isRegularFile(target.resolve("candor-launcher.jar")),
                "target/candor-launcher.jar (mvn package)");
        Path dataDir = Files.createTempDirectory(target, "durability-");
        if (postgres) {
            database = "candor_durability_" + System.currentTimeMillis();
            try (Connection admin = postgresAdmin();
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
        }
        candor = LaunchedCandor.start(dataDir, database);
    }

    @AfterAll
    void stop() throws SQLException {
        if (candor != null) {
            candor.close();
        }
        if (database != null) {
            try (Connection admin = postgresAdmin();
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    @Order(1)
    void everySaveAnsweredWith200BeforeAKill9IsStoredAfterTheRestart() throws Exception {
        ScoringFixture f = ScoringFixture.create(candor.url(), PANEL, QUESTIONS);
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        List<Thread> interviewers = new ArrayList<>();
        for (String member : f.panel) {
            long scorecard = f.scorecardOf(member);
            ApiClient client = f.as(member);
            Thread thread =
                    new Thread(
                            () ->
                                    saveUntilKilled(
                                            client, scorecard, acknowledged, answered, killed),
                            "interviewer-" + member);
            interviewers.add(thread);
            thread.start();
        }
        awaitAnswers(answered, 40);
        candor.kill();
        killed.set(true);
        for (Thread thread : interviewers) {
            thread.join(Duration.ofSeconds(90).toMillis());
        }
        assertTrue(acknowledged.size() > 0, "saves were acknowledged before the kill");

        candor.restart();

        List<String> lost = new ArrayList<>();
        for (String member : f.panel) {
            long scorecard = f.scorecardOf(member);
            JsonObject stored = f.as(member).get("api/v1/scorecards/" + scorecard).json();
            ScoringFixture.ratingsByPosition(stored)
                    .forEach(
                            (position, rating) -> {
                                Long sent = acknowledged.get(scorecard + "/" + position);
                                long kept = rating.getJsonNumber("revision").longValue();
                                if (sent != null && kept < sent) {
                                    lost.add(
                                            scorecard
                                                    + "/"
                                                    + position
                                                    + ": 200 for "
                                                    + sent
                                                    + ", stored "
                                                    + kept);
                                }
                            });
        }
        assertEquals(List.of(), lost, "acknowledged saves lost by the kill");
    }

    @Test
    @Order(2)
    void afterTheDatabaseDropsCandorsConnectionsTheNextSavesSucceedAgain() throws Exception {
        Assumptions.assumeTrue(postgres, "PostgreSQL only: it is the server that drops them");
        ScoringFixture f = ScoringFixture.create(candor.url(), 1, 1);
        String member = f.panel.get(0);
        long scorecard = f.scorecardOf(member);
        ApiClient client = f.as(member);
        assertEquals(200, save(client, scorecard, 1, 1).status());

        assertTrue(terminateCandorsConnections() > 0, "Candor had connections to drop");

        List<ApiResponse> failures = new ArrayList<>();
        ApiResponse recovered = saveUntilStored(client, scorecard, 2, failures);
        assertEquals(200, recovered.status(), recovered::toString);
        assertOnlyServiceUnavailable(failures);
        assertEquals(200, candor.readiness());
    }

    @Test
    @Order(3)
    void whileTheDatabaseRefusesConnectionsSavesAnswer503AndReadinessIsDown() throws Exception {
        Assumptions.assumeTrue(postgres, "PostgreSQL only: the embedded database cannot go away");
        ScoringFixture f = ScoringFixture.create(candor.url(), 1, 1);
        String member = f.panel.get(0);
        long scorecard = f.scorecardOf(member);
        ApiClient client = f.as(member);
        assertEquals(200, save(client, scorecard, 1, 1).status());

        List<ApiResponse> duringOutage = new ArrayList<>();
        try {
            allowConnections(false);
            terminateCandorsConnections();
            for (int revision = 2; revision < 5; revision++) {
                duringOutage.add(save(client, scorecard, 1, revision));
            }
            assertEquals(503, candor.readiness(), "readiness says DOWN during the outage");
        } finally {
            allowConnections(true);
        }
        assertOnlyServiceUnavailable(duringOutage);
        assertEquals(3, duringOutage.size());

        ApiResponse recovered = saveUntilStored(client, scorecard, 10, new ArrayList<>());
        assertEquals(200, recovered.status(), recovered::toString);
        assertEquals(200, candor.readiness(), "ready again once the database is back");
    }

    private static void saveUntilKilled(
            ApiClient client,
            long scorecard,
            Map<String, Long> acknowledged,
            AtomicInteger answered,
            AtomicBoolean killed) {
        long revision = 0;
        while (!killed.get()) {
            revision++;
            int position = (int) (revision % QUESTIONS) + 1;
            try {
                ApiResponse response = save(client, scorecard, position, revision);
                if (response.status() == 200) {
                    acknowledged.merge(scorecard + "/" + position, revision, Math::max);
                    answered.incrementAndGet();
                }
            } catch (UncheckedIOException serverGone) {
                LaunchedCandor.pause(Duration.ofMillis(50));
            }
        }
    }

    private static void awaitAnswers(AtomicInteger answered, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (answered.get() < count && Instant.now().isBefore(deadline)) {
            LaunchedCandor.pause(Duration.ofMillis(20));
        }
    }

    private static ApiResponse save(ApiClient client, long scorecard, int position, long revision) {
        return client.put(
                "api/v1/scorecards/" + scorecard + "/ratings/" + position,
                "{\"score\":3,\"skipped\":false,\"notes\":\"Revision "
                        + revision
                        + " of what the candidate said\",\"clientRevision\":"
                        + revision
                        + "}");
    }

    private static ApiResponse saveUntilStored(
            ApiClient client, long scorecard, long firstRevision, List<ApiResponse> failures) {
        Instant deadline = Instant.now().plus(RECOVERY);
        long revision = firstRevision;
        ApiResponse response = save(client, scorecard, 1, revision);
        while (response.status() != 200 && Instant.now().isBefore(deadline)) {
            failures.add(response);
            LaunchedCandor.pause(Duration.ofMillis(500));
            response = save(client, scorecard, 1, ++revision);
        }
        return response;
    }

    private static void assertOnlyServiceUnavailable(List<ApiResponse> responses) {
        for (ApiResponse response : responses) {
            assertEquals(503, response.status(), response::toString);
            assertProblemJson(response.contentType());
            assertTrue(response.header("Retry-After").isPresent(), "503 says when to retry");
        }
    }

    private int terminateCandorsConnections() throws SQLException {
        try (Connection admin = postgresAdmin();
                PreparedStatement terminate =
                        admin.prepareStatement(
                                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                        + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            try (var rows = terminate.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void allowConnections(boolean allowed) throws SQLException {
        try (Connection admin = postgresAdmin();
                Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS " + allowed);
        }
    }

    private static Connection postgresAdmin() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("it.postgres.server") + "postgres",
                System.getProperty("it.postgres.user"),
                System.getProperty("it.postgres.password", ""));
    }

    /** application/problem+json, with or without a charset parameter. */
    private static void assertProblemJson(String contentType, String... context) {
        assertTrue(
                contentType.startsWith("application/problem+json"),
                contentType + " " + String.join(" ", context));
    }
}
