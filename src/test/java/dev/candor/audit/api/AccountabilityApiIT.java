package dev.candor.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.DirectDatabase;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The audit log (what is recorded, the hash chain, tampering found), candidate erasure and access
 * requests, and backups of the embedded database, through the REST API and the database itself.
 */
@CandorIntegrationTest
@RunAsClient
@Order(50)
class AccountabilityApiIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    private ApiClient admin() {
        return TestUsers.admin(deployment);
    }

    private List<JsonObject> audit(String query) {
        ApiResponse found = admin().get("api/v1/audit?size=500&" + query);
        assertEquals(200, found.status(), found::toString);
        return found.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
    }

    private static boolean has(List<JsonObject> entries, String type, String subject) {
        return entries.stream()
                .anyMatch(
                        e ->
                                e.getString("type").equals(type)
                                        && subject.equals(e.getString("subject", null)));
    }

    @Test
    void signInsUserChangesAndTokensAreAuditedWithWhoAndWhat() {
        String person = TestUsers.create(deployment, "audited", "INTERVIEWER");
        assertEquals(
                401, ApiClient.as(deployment, person, "wrong password").get("api/v1/me").status());
        assertEquals(200, TestUsers.as(deployment, person).get("api/v1/me").status());
        admin().patch("api/v1/users/" + person, "{\"roles\":[\"INTERVIEWER\",\"RECRUITER\"]}");
        admin().patch("api/v1/users/" + person, "{\"active\":false}");

        String subject = "user:" + person;
        List<JsonObject> entries = audit("type=");
        assertTrue(has(entries, "user.created", subject), entries::toString);
        assertTrue(has(entries, "signin.failed", subject));
        assertTrue(has(entries, "signin.succeeded", subject));
        assertTrue(has(entries, "user.roles.changed", subject));
        assertTrue(has(entries, "user.deactivated", subject));
        JsonObject failed =
                entries.stream()
                        .filter(e -> e.getString("type").equals("signin.failed"))
                        .filter(e -> subject.equals(e.getString("subject", null)))
                        .findFirst()
                        .orElseThrow();
        assertEquals("wrong-password", failed.getJsonObject("details").getString("reason"));
        assertFalse(failed.toString().contains("wrong password"), "no password is ever recorded");
        JsonObject roles =
                entries.stream()
                        .filter(e -> e.getString("type").equals("user.roles.changed"))
                        .filter(e -> subject.equals(e.getString("subject", null)))
                        .findFirst()
                        .orElseThrow();
        assertEquals(TestUsers.ADMIN, roles.getString("actor"));
        assertEquals("[INTERVIEWER, RECRUITER]", roles.getJsonObject("details").getString("to"));

        List<JsonObject> onlySignIns = audit("type=signin&actor=" + person);
        assertFalse(onlySignIns.isEmpty());
        assertTrue(onlySignIns.stream().allMatch(e -> e.getString("type").startsWith("signin.")));
        assertEquals(
                0,
                admin().get("api/v1/audit?from=2000-01-01&to=2000-01-02")
                        .json()
                        .getJsonArray("entries")
                        .size());
        assertEquals(422, admin().get("api/v1/audit?from=yesterday").status());
    }

    @Test
    void onlyAdministratorsReadOrVerifyTheAuditLog() {
        String recruiter = TestUsers.create(deployment, "nosy", "RECRUITER");
        assertEquals(403, TestUsers.as(deployment, recruiter).get("api/v1/audit").status());
        assertEquals(403, TestUsers.as(deployment, recruiter).get("api/v1/audit/verify").status());
        assertEquals(401, ApiClient.anonymous(deployment).get("api/v1/audit/verify").status());
    }

    @Test
    void submittingAmendingAndExportingAreAuditedWithoutTheWordsWritten() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 2);
        String me = f.panel.get(0);
        f.scoreAndSubmit(me, "YES");
        long card = f.scorecardOf(me);
        ApiResponse amended =
                f.as(me)
                        .post(
                                "api/v1/scorecards/" + card + "/amend",
                                "{\"reason\":\"Secret reason words\",\"ratings\":{\"2\":{\"score\":4,"
                                        + "\"skipped\":false,\"notes\":\"Private amended words\"}}}");
        assertEquals(200, amended.status(), amended::toString);
        assertEquals(
                200,
                f.as(f.recruiter)
                        .get("api/v1/openings/" + f.openingId + "/comparison.csv")
                        .status());

        List<JsonObject> entries = audit("type=");
        String subject = "scorecard:" + card;
        assertTrue(has(entries, "scorecard.submitted", subject), entries::toString);
        assertTrue(has(entries, "scorecard.amended", subject));
        assertTrue(has(entries, "export.downloaded", "opening:" + f.openingId));
        String all = entries.toString();
        assertFalse(all.contains("Secret reason words"), "amendment reasons are not copied");
        assertFalse(all.contains("Private amended words"), "notes are not copied");
        JsonObject amendment =
                entries.stream()
                        .filter(e -> e.getString("type").equals("scorecard.amended"))
                        .filter(e -> subject.equals(e.getString("subject", null)))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                "NOTES@2,SCORE@2", sorted(amendment.getJsonObject("details").getString("changed")));
    }

    private static String sorted(String commaList) {
        return String.join(",", java.util.Arrays.stream(commaList.split(",")).sorted().toList());
    }

    @Test
    void verifyNamesTheEntryChangedDirectlyInTheDatabase() throws SQLException {
        TestUsers.create(deployment, "chained", "INTERVIEWER");
        JsonObject intact = admin().get("api/v1/audit/verify").json();
        assertTrue(intact.getBoolean("valid"), intact::toString);
        long entries = intact.getJsonNumber("entries").longValue();
        assertTrue(entries >= 2, intact::toString);
        long victim = 2;
        try (Connection db = DirectDatabase.open()) {
            String original = actorOf(db, victim);
            if (DirectDatabase.isPostgreSql()) {
                SQLException refused =
                        assertThrows(SQLException.class, () -> setActor(db, victim, "mallory"));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                assertThrows(
                        SQLException.class,
                        () -> db.createStatement().execute("DELETE FROM audit_entry WHERE id = 1"));
                // Only a superuser gets past the trigger: as someone with the database's keys
                // would.
                db.createStatement().execute("SET session_replication_role = replica");
            }
            try {
                setActor(db, victim, "mallory");
                JsonObject broken = admin().get("api/v1/audit/verify").json();
                assertFalse(broken.getBoolean("valid"), broken::toString);
                assertEquals(victim, broken.getJsonNumber("firstBrokenEntry").longValue());
                assertTrue(broken.getJsonNumber("entries").longValue() >= entries);
            } finally {
                setActor(db, victim, original);
            }
        }
        assertTrue(admin().get("api/v1/audit/verify").json().getBoolean("valid"));
    }

    private static String actorOf(Connection db, long id) throws SQLException {
        try (PreparedStatement query =
                db.prepareStatement("SELECT actor FROM audit_entry WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "entry " + id + " exists");
                return row.getString(1);
            }
        }
    }

    private static void setActor(Connection db, long id, String actor) throws SQLException {
        try (PreparedStatement update =
                db.prepareStatement("UPDATE audit_entry SET actor = ? WHERE id = ?")) {
            update.setString(1, actor);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void erasureLeavesTheNameInNoApiExportOrTableAndKeepsTheScores() throws SQLException {
        ScoringFixture f = ScoringFixture.create(deployment, 2, 2);
        String name = TestUsers.unique("Erin Erasable");
        String email = TestUsers.unique("erin") + "@example.org";
        String phone = "+41 79 " + (1000000 + (int) (Math.random() * 8999999));
        ApiResponse described =
                f.as(f.recruiter)
                        .put(
                                "api/v1/candidates/" + f.candidateId,
                                "{\"name\":\""
                                        + name
                                        + "\",\"email\":\""
                                        + email
                                        + "\",\"phone\":\""
                                        + phone
                                        + "\",\"notes\":\"Referred by a friend of "
                                        + name
                                        + "\"}");
        assertEquals(200, described.status(), described::toString);
        String first = f.panel.get(0);
        String second = f.panel.get(1);
        f.scoreAndSubmit(first, "YES");
        long card = f.scorecardOf(first);
        assertEquals(
                200,
                f.as(first)
                        .post(
                                "api/v1/scorecards/" + card + "/amend",
                                "{\"reason\":\"Talked to "
                                        + name
                                        + " again\",\"ratings\":{\"1\":{\"score\":4,\"skipped\":false,"
                                        + "\"notes\":\""
                                        + name
                                        + " explained the outage well\"}},\"summary\":\""
                                        + name
                                        + " is solid.\"}")
                        .status());
        long draft = f.scorecardOf(second);
        assertEquals(
                200,
                f.as(second)
                        .put(
                                "api/v1/scorecards/" + draft + "/ratings/1",
                                "{\"score\":2,\"skipped\":false,\"notes\":\"Draft about "
                                        + name
                                        + "\",\"clientRevision\":1}")
                        .status());

        ApiResponse access =
                f.as(f.recruiter).get("api/v1/candidates/" + f.candidateId + "/personal-data");
        assertEquals(200, access.status(), access::toString);
        String held = access.body();
        assertTrue(held.contains(email) && held.contains(phone), held);
        assertTrue(held.contains(name + " explained the outage well"), "rating notes are included");
        assertTrue(held.contains("Draft about " + name), "drafts are included");
        assertTrue(held.contains("Talked to " + name + " again"), "amendment reasons are included");
        assertEquals(
                403,
                f.as(f.manager)
                        .get("api/v1/candidates/" + f.candidateId + "/personal-data")
                        .status());
        assertEquals(
                403,
                f.as(first).get("api/v1/candidates/" + f.candidateId + "/personal-data").status());

        String erasure = "api/v1/candidates/" + f.candidateId + "/erasure";
        assertEquals(403, f.as(f.manager).post(erasure, "{\"reason\":\"asked\"}").status());
        assertEquals(403, f.as(first).post(erasure, "{\"reason\":\"asked\"}").status());
        ApiResponse naming = f.as(f.recruiter).post(erasure, "{\"reason\":\"" + name + " asked\"}");
        assertEquals(422, naming.status(), naming::toString);
        assertEquals(422, f.as(f.recruiter).post(erasure, "{\"reason\":\" \"}").status());
        ApiResponse erased = f.as(f.recruiter).post(erasure, "{\"reason\":\"request by e-mail\"}");
        assertEquals(200, erased.status(), erased::toString);
        assertEquals(409, f.as(f.recruiter).post(erasure, "{\"reason\":\"again\"}").status());
        assertEquals(
                409,
                f.as(f.recruiter)
                        .put(
                                "api/v1/candidates/" + f.candidateId,
                                "{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}")
                        .status(),
                "an erased record cannot be filled in again");

        List<String> answers =
                List.of(
                        "api/v1/candidates/" + f.candidateId,
                        "api/v1/candidates/" + f.candidateId + "/personal-data",
                        "api/v1/candidates/" + f.candidateId + "/report",
                        "api/v1/openings/" + f.openingId + "/candidates",
                        "api/v1/openings/" + f.openingId + "/comparison",
                        "api/v1/openings/" + f.openingId + "/comparison.csv",
                        "api/v1/audit?size=500");
        for (String path : answers) {
            ApiResponse answer =
                    (path.startsWith("api/v1/audit") ? admin() : f.as(f.recruiter)).get(path);
            assertEquals(200, answer.status(), () -> path + " " + answer);
            assertFalse(answer.body().contains(name), path + " still names the candidate");
            assertFalse(answer.body().contains(email), path + " still has the e-mail");
        }
        ApiResponse own = f.as(first).get("api/v1/scorecards/" + card);
        assertEquals(200, own.status(), own::toString);
        assertFalse(own.body().contains(name), "the interviewer's own scorecard");
        ApiResponse trail = f.as(f.manager).get("api/v1/scorecards/" + card + "/amendments");
        assertEquals(200, trail.status(), trail::toString);
        assertFalse(trail.body().contains(name), "the amendment trail");
        byte[] xlsx = bytes(f, "api/v1/openings/" + f.openingId + "/comparison.xlsx");
        assertFalse(new String(xlsx, java.nio.charset.StandardCharsets.ISO_8859_1).contains(name));
        byte[] pdf = bytes(f, "api/v1/candidates/" + f.candidateId + "/report.pdf");
        assertTrue(pdf.length > 0);

        JsonObject audited =
                audit("type=candidate.erased").stream()
                        .filter(e -> ("candidate:" + f.candidateId).equals(e.getString("subject")))
                        .findFirst()
                        .orElseThrow();
        assertEquals(f.recruiter, audited.getString("actor"));
        assertEquals("request by e-mail", audited.getJsonObject("details").getString("reason"));

        try (Connection db = DirectDatabase.open()) {
            String dump = DirectDatabase.dump(db);
            assertTrue(dump.contains("request by e-mail"), "the dump reads the whole database");
            assertFalse(dump.contains(name), "no table holds the name");
            assertFalse(dump.contains(email), "no table holds the e-mail");
            assertFalse(dump.contains(phone), "no table holds the phone number");
            try (Statement statement = db.createStatement();
                    ResultSet scores =
                            statement.executeQuery(
                                    "SELECT COUNT(*) FROM scorecard_rating r JOIN scorecard s ON s.id = r.scorecard_id"
                                            + " WHERE s.candidate_id = "
                                            + f.candidateId
                                            + " AND r.score IS NOT NULL AND r.notes IS NULL")) {
                scores.next();
                assertEquals(3, scores.getInt(1), "the scores stay, without their notes");
            }
        }
    }

    private byte[] bytes(ScoringFixture f, String path) {
        HttpResponse<byte[]> response = download(f.recruiter, TestUsers.PASSWORD, path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private HttpResponse<byte[]> download(String user, String password, String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(ApiClient.anonymous(deployment).uri(path))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(
                                                                    (user + ":" + password)
                                                                            .getBytes()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBackupTakenWhileRunningRestoresIntoAFreshDataDirectory() throws Exception {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        String name =
                f.as(f.recruiter)
                        .get("api/v1/candidates/" + f.candidateId)
                        .json()
                        .getString("name");
        String recruiter = TestUsers.create(deployment, "nobackup", "RECRUITER");
        assertEquals(403, TestUsers.as(deployment, recruiter).get("api/v1/admin/backup").status());
        HttpResponse<byte[]> backup =
                download(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, "api/v1/admin/backup");
        if (DirectDatabase.isPostgreSql()) {
            assertEquals(409, backup.statusCode(), "PostgreSQL is backed up with pg_dump");
            return;
        }
        assertEquals(200, backup.statusCode());
        assertEquals("application/zip", backup.headers().firstValue("Content-Type").orElse(""));
        Path fresh = Files.createTempDirectory(Path.of("target"), "restored-");
        unzip(backup.body(), fresh);
        assertTrue(Files.exists(fresh.resolve("candor.mv.db")), "the zip holds the database file");
        try (Connection restored =
                        DriverManager.getConnection(
                                "jdbc:h2:file:"
                                        + fresh.toAbsolutePath().resolve("candor")
                                        + ";MODE=LEGACY",
                                System.getProperty("it.db.user"),
                                System.getProperty("it.db.password"));
                PreparedStatement query =
                        restored.prepareStatement("SELECT name FROM candidate WHERE id = ?")) {
            query.setLong(1, f.candidateId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the restored database has the candidate");
                assertEquals(name, row.getString(1));
            }
        }
        Path kept = Path.of(System.getProperty("it.data.dir")).resolve("backups");
        try (var files = Files.list(kept)) {
            long count = files.filter(p -> p.getFileName().toString().endsWith(".zip")).count();
            assertTrue(
                    count >= 1 && count <= 3,
                    "kept in the data directory, at most CANDOR_BACKUP_KEEP");
        }
        assertTrue(
                has(
                        audit("type=backup"),
                        "backup.created",
                        "backup:"
                                + backup.headers()
                                        .firstValue("Content-Disposition")
                                        .orElseThrow()
                                        .replaceAll(".*filename=\"([^\"]+)\".*", "$1")));
    }

    private static void unzip(byte[] zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "no entry leaves the directory");
                Files.copy(in, target);
            }
        }
    }

    @Test
    void closedOpeningsCandidatesAreListedForErasureOnTheAdminPage() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        String name =
                f.as(f.recruiter)
                        .get("api/v1/candidates/" + f.candidateId)
                        .json()
                        .getString("name");
        ScoringFixture.Session admin =
                ScoringFixture.Session.signInAs(
                        deployment, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertFalse(
                admin.get("admin/privacy.xhtml").body().contains(name),
                "an open opening's candidates are kept");
        assertEquals(
                200,
                f.as(f.recruiter).post("api/v1/openings/" + f.openingId + "/close", "{}").status());
        HttpResponse<String> page = admin.get("admin/privacy.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains(name),
                "closed longer than CANDOR_RETENTION_DAYS (0 in tests)");
        HttpResponse<String> auditPage = admin.get("admin/audit.xhtml");
        assertEquals(200, auditPage.statusCode());
        assertTrue(auditPage.body().contains("signin.succeeded"));
        assertEquals(403, f.session(f.recruiter).get("admin/audit.xhtml").statusCode());
    }
}
