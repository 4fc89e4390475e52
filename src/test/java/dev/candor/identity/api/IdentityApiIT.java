package dev.candor.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@CandorIntegrationTest
@RunAsClient
@Order(2)
class IdentityApiIT {

    @ArquillianResource private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CandorDeployment.war();
    }

    @Test
    void anonymousCallersGetA401ProblemWithAChallenge() {
        ApiResponse response = ApiClient.anonymous(deployment).get("api/v1/me");
        assertEquals(401, response.status());
        assertTrue(
                response.contentType().startsWith("application/problem+json"),
                response.contentType());
        assertEquals("Unauthorized", response.json().getString("title"));
        assertTrue(response.header("WWW-Authenticate").orElse("").contains("Basic"));
    }

    @Test
    void anonymousPagesRedirectToSignInButHealthAndOpenApiAreOpen() {
        assertEquals(302, ApiClient.anonymous(deployment).get("index.xhtml").status());
        assertEquals(302, ApiClient.anonymous(deployment).get("admin/users.xhtml").status());
        assertEquals(200, ApiClient.anonymous(deployment).get("login.xhtml").status());
        ApiResponse openApi = ApiClient.anonymous(deployment).get("openapi");
        assertEquals(200, openApi.status(), openApi::body);
        assertTrue(
                openApi.body().contains("/api/v1/users"),
                "the OpenAPI document lists the users endpoint");
    }

    @Test
    void meDescribesTheCallerAndTheirRoles() {
        String username = TestUsers.create(deployment, "multi", "RECRUITER", "INTERVIEWER");
        JsonObject me = TestUsers.as(deployment, username).get("api/v1/me").json();
        assertEquals(username, me.getString("username"));
        assertEquals("Multi Tester", me.getString("displayName"));
        assertEquals("[\"INTERVIEWER\",\"RECRUITER\"]", me.getJsonArray("roles").toString());
    }

    @Test
    void wrongPasswordsAreRefusedAndLockTheAccountAfterRepeatedFailures() {
        String username = TestUsers.create(deployment, "locked", "INTERVIEWER");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertEquals(
                    401,
                    ApiClient.as(deployment, username, "not the password")
                            .get("api/v1/me")
                            .status());
        }
        assertEquals(
                401,
                TestUsers.as(deployment, username).get("api/v1/me").status(),
                "even the right password is refused while the account is locked");
    }

    @Test
    void onlyAdministratorsManageUsers() {
        String recruiter = TestUsers.create(deployment, "recruiter", "RECRUITER");
        ApiResponse listed = TestUsers.as(deployment, recruiter).get("api/v1/users");
        assertEquals(403, listed.status());
        assertEquals("application/problem+json", listed.contentType());
        ApiResponse created =
                TestUsers.as(deployment, recruiter)
                        .post(
                                "api/v1/users",
                                "{\"username\":\"sneaky\",\"displayName\":\"S\",\"roles\":[\"ADMIN\"],\"password\":\"long enough pw\"}");
        assertEquals(403, created.status());
        assertEquals(200, TestUsers.admin(deployment).get("api/v1/users").status());
    }

    @Test
    void creatingAUserValidatesEveryFieldAndRefusesDuplicates() {
        ApiClient admin = TestUsers.admin(deployment);
        ApiResponse invalid =
                admin.post(
                        "api/v1/users",
                        "{\"username\":\"Bad Name!\",\"displayName\":\"\",\"roles\":[],\"password\":\"short\"}");
        assertEquals(422, invalid.status());
        String errors = invalid.json().getJsonArray("errors").toString();
        assertTrue(
                errors.contains("\"username\"")
                        && errors.contains("\"password\"")
                        && errors.contains("\"roles\"")
                        && errors.contains("\"displayName\""),
                errors);

        String taken = TestUsers.create(deployment, "taken", "INTERVIEWER");
        ApiResponse duplicate =
                admin.post(
                        "api/v1/users",
                        "{\"username\":\""
                                + taken
                                + "\",\"displayName\":\"Again\",\"roles\":[\"INTERVIEWER\"],\"password\":\"long enough pw\"}");
        assertEquals(409, duplicate.status());
    }

    @Test
    void badInputIsA4xxProblemNeverA500() {
        ApiClient admin = TestUsers.admin(deployment);
        assertEquals(400, admin.post("api/v1/users", "{not json").status());
        assertEquals(400, admin.post("api/v1/users", "").status());
        ApiResponse unknownRole =
                admin.post(
                        "api/v1/users",
                        "{\"username\":\"kingly\",\"displayName\":\"K\",\"roles\":[\"KING\"],\"password\":\"long enough pw\"}");
        assertEquals(422, unknownRole.status());
        assertEquals(404, admin.get("api/v1/users/nobody-here").status());
        assertEquals(404, admin.get("api/v1/no-such-thing").status());
    }

    @Test
    void aDeactivatedUserCannotSignInButIsKept() {
        String username = TestUsers.create(deployment, "leaver", "INTERVIEWER");
        ApiClient admin = TestUsers.admin(deployment);
        ApiResponse deactivated = admin.patch("api/v1/users/" + username, "{\"active\":false}");
        assertEquals(200, deactivated.status(), deactivated::body);
        assertFalse(deactivated.json().getBoolean("active"));
        assertEquals(401, TestUsers.as(deployment, username).get("api/v1/me").status());
        assertEquals(username, admin.get("api/v1/users/" + username).json().getString("username"));

        admin.patch("api/v1/users/" + username, "{\"active\":true}");
        assertEquals(200, TestUsers.as(deployment, username).get("api/v1/me").status());
    }

    @Test
    void rolesCanBeChangedAndApplyToTheNextCall() {
        String username = TestUsers.create(deployment, "promoted", "INTERVIEWER");
        ApiResponse changed =
                TestUsers.admin(deployment)
                        .patch(
                                "api/v1/users/" + username,
                                "{\"roles\":[\"INTERVIEWER\",\"HIRING_MANAGER\"]}");
        assertEquals(200, changed.status(), changed::body);
        assertTrue(
                TestUsers.as(deployment, username)
                        .get("api/v1/me")
                        .body()
                        .contains("HIRING_MANAGER"));
    }

    @Test
    void theLastAdministratorCannotBeDemotedOrDeactivated() {
        ApiClient admin = TestUsers.admin(deployment);
        assertEquals(
                409, admin.patch("api/v1/users/" + TestUsers.ADMIN, "{\"active\":false}").status());
    }

    @Test
    void healthIsReadyOnceTheDatabaseIsMigrated() {
        ApiResponse ready = ApiClient.anonymous(deployment).get("health/ready");
        assertEquals(200, ready.status(), ready::body);
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }
}
