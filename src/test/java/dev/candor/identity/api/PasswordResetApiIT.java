package dev.candor.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.DirectDatabase;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** An administrator resets a password with a one-time link; the person sets a new one with it. */
@CandorIntegrationTest
@RunAsClient
@Order(3)
class PasswordResetApiIT {

    private static final String NEW_PASSWORD = "a fresh password from the link";

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void anAdministratorGetsAOneTimeLinkThatSetsANewPasswordOnce() {
        String person = TestUsers.create(deployment, "forgetful", "INTERVIEWER");
        Instant before = Instant.now();
        ApiResponse reset = resetOf(person);
        assertEquals(201, reset.status(), reset::body);
        JsonObject issued = reset.json();
        String link = issued.getString("link");
        assertTrue(
                link.startsWith(deployment + "reset-password.xhtml?token="),
                "the link opens the reset page of this Candor: " + link);
        Instant expiresAt = Instant.parse(issued.getString("expiresAt"));
        assertTrue(
                expiresAt.isAfter(before.plus(Duration.ofHours(23)))
                        && expiresAt.isBefore(before.plus(Duration.ofHours(25))),
                "valid for 24 hours: " + expiresAt);

        assertEquals(204, setPassword(tokenOf(link), NEW_PASSWORD).status());
        assertEquals(
                200,
                ApiClient.as(deployment, person, NEW_PASSWORD).get("api/v1/me").status(),
                "the new password signs in");
        assertEquals(
                401,
                TestUsers.as(deployment, person).get("api/v1/me").status(),
                "the old password no longer does");

        ApiResponse again = setPassword(tokenOf(link), "yet another password here");
        assertEquals(409, again.status(), again::body);
        assertTrue(again.body().contains("used already"), again.body());
        assertEquals(200, ApiClient.as(deployment, person, NEW_PASSWORD).get("api/v1/me").status());
    }

    @Test
    void theResetAndItsUseAreInTheAuditLogWithoutTheSecret() {
        String person = TestUsers.create(deployment, "audited", "INTERVIEWER");
        String token = tokenOf(resetOf(person).json().getString("link"));
        assertEquals(204, setPassword(token, NEW_PASSWORD).status());
        String issued =
                TestUsers.admin(deployment).get("api/v1/audit?type=password.reset.issued").body();
        assertTrue(issued.contains("user:" + person), issued);
        String completed =
                TestUsers.admin(deployment)
                        .get("api/v1/audit?type=password.reset.completed")
                        .body();
        assertTrue(completed.contains("user:" + person), completed);
        assertFalse(issued.contains(token) || completed.contains(token), "no secret in the log");
    }

    @Test
    void anExpiredLinkIsRefusedAndTheOldPasswordStillWorks() throws Exception {
        String person = TestUsers.create(deployment, "late", "INTERVIEWER");
        String token = tokenOf(resetOf(person).json().getString("link"));
        try (Connection connection = DirectDatabase.open();
                PreparedStatement expire =
                        connection.prepareStatement(
                                "UPDATE password_reset_link SET expires_at = created_at - INTERVAL '1' DAY,"
                                        + " created_at = created_at - INTERVAL '2' DAY"
                                        + " WHERE user_id = (SELECT id FROM app_user WHERE username = ?)")) {
            expire.setString(1, person);
            assertEquals(1, expire.executeUpdate());
        }
        ApiResponse refused = setPassword(token, NEW_PASSWORD);
        assertEquals(409, refused.status(), refused::body);
        assertTrue(refused.body().contains("expired"), refused.body());
        assertEquals(200, TestUsers.as(deployment, person).get("api/v1/me").status());
    }

    @Test
    void aNewerLinkReplacesTheOlderOneAndUnknownTokensAreNotFound() {
        String person = TestUsers.create(deployment, "twice", "INTERVIEWER");
        String older = tokenOf(resetOf(person).json().getString("link"));
        String newer = tokenOf(resetOf(person).json().getString("link"));
        ApiResponse replaced = setPassword(older, NEW_PASSWORD);
        assertEquals(409, replaced.status(), replaced::body);
        assertTrue(replaced.body().contains("not valid any more"), replaced.body());
        assertEquals(404, setPassword("no-such-token", NEW_PASSWORD).status());
        assertEquals(204, setPassword(newer, NEW_PASSWORD).status());
    }

    @Test
    void aPasswordAgainstThePolicyIsRefusedAtItsFieldAndTheLinkKeepsWorking() {
        String person = TestUsers.create(deployment, "shortpw", "INTERVIEWER");
        String token = tokenOf(resetOf(person).json().getString("link"));
        ApiResponse tooShort = setPassword(token, "short");
        assertEquals(422, tooShort.status(), tooShort::body);
        assertTrue(tooShort.body().contains("newPassword"), tooShort.body());
        ApiResponse noToken = ApiClient.anonymous(deployment).post("api/v1/password-reset", "{}");
        assertEquals(422, noToken.status(), noToken::body);
        assertTrue(noToken.body().contains("token"), noToken.body());
        assertEquals(204, setPassword(token, NEW_PASSWORD).status());
    }

    @Test
    void onlyAdministratorsResetPasswordsAndNotOfDeactivatedPeople() {
        String person = TestUsers.create(deployment, "target", "INTERVIEWER");
        String recruiter = TestUsers.create(deployment, "nosy", "RECRUITER");
        ApiResponse forbidden =
                TestUsers.as(deployment, recruiter)
                        .post("api/v1/users/" + person + "/password-reset", "{}");
        assertEquals(403, forbidden.status(), forbidden::body);
        assertEquals(
                401,
                ApiClient.anonymous(deployment)
                        .post("api/v1/users/" + person + "/password-reset", "{}")
                        .status());
        assertEquals(404, resetOf("nobody-like-this").status());

        TestUsers.admin(deployment).patch("api/v1/users/" + person, "{\"active\":false}");
        ApiResponse deactivated = resetOf(person);
        assertEquals(409, deactivated.status(), deactivated::body);
        assertTrue(deactivated.body().contains("reactivate"), deactivated.body());
    }

    @Test
    void anAdministratorCannotDeactivateTheirOwnAccount() {
        String second = TestUsers.create(deployment, "deputy", "ADMIN");
        ApiResponse refused =
                TestUsers.as(deployment, second)
                        .patch("api/v1/users/" + second, "{\"active\":false}");
        assertEquals(409, refused.status(), refused::body);
        assertTrue(refused.body().contains("your own account"), refused.body());
        assertTrue(
                TestUsers.admin(deployment)
                        .get("api/v1/users/" + second)
                        .json()
                        .getBoolean("active"));
    }

    private ApiResponse resetOf(String username) {
        return TestUsers.admin(deployment)
                .post("api/v1/users/" + username + "/password-reset", "{}");
    }

    private ApiResponse setPassword(String token, String newPassword) {
        return ApiClient.anonymous(deployment)
                .post(
                        "api/v1/password-reset",
                        "{\"token\":\"" + token + "\",\"newPassword\":\"" + newPassword + "\"}");
    }

    private static String tokenOf(String link) {
        String query = URI.create(link).getQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }
}
