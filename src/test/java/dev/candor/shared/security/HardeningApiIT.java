package dev.candor.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.scoring.ScoringFixture;
import dev.candor.testing.ApiClient;
import dev.candor.testing.ApiResponse;
import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Security headers and sessions on every kind of response, and the hostile inputs that used to
 * answer 500 or were stored silently (issue 21, items 8 to 11).
 */
@CandorIntegrationTest
@RunAsClient
@Order(91)
class HardeningApiIT {

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

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    private static void assertProtected(HttpResponse<String> response, boolean signedInContent) {
        String what = response.uri() + " (" + response.statusCode() + ")";
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + " has one policy: " + policies);
        String policy = policies.get(0);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline"), what + ": " + policy);
        assertFalse(scripts.contains("unsafe-eval"), what + ": " + policy);
        assertTrue(scripts.startsWith("script-src 'self'"), what + ": " + policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), what);
        assertEquals("same-origin", header(response, "Referrer-Policy"), what);
        assertTrue(header(response, "Permissions-Policy").contains("camera=()"), what);
        if (signedInContent) {
            assertEquals("no-store", header(response, "Cache-Control"), what);
        }
        assertFalse(
                response.headers().firstValue("Strict-Transport-Security").isPresent(),
                what + ": HSTS only over TLS");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        String person = TestUsers.create(deployment, "headers", "RECRUITER");
        HttpResponse<String> page = send(at("login.xhtml"));
        assertEquals(200, page.statusCode());
        assertProtected(page, true);
        assertTrue(
                header(page, "Content-Security-Policy").contains("'nonce-"),
                "Faces pages run PrimeFaces' scripts by nonce");

        ApiResponse json = TestUsers.as(deployment, person).get("api/v1/me");
        assertEquals(200, json.status());
        assertProtected(json.raw(), true);
        assertProtected(send(at("api/v1/me")), true);
        assertProtected(send(at("api/v1/nothing-here")), true);
        assertProtected(send(at("no-such-page.xhtml")), true);
        assertProtected(send(at("health/ready")), true);

        Matcher stylesheet =
                Pattern.compile("href=\"(/jakarta.faces.resource/[^\"]+)\"").matcher(page.body());
        assertTrue(stylesheet.find(), "the sign-in page links a style sheet");
        HttpResponse<String> resource =
                send(at(stylesheet.group(1).substring(1).replace("&amp;", "&")));
        assertEquals(200, resource.statusCode());
        assertProtected(resource, false);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndTheIdChangesAtSignIn() throws Exception {
        String person = TestUsers.create(deployment, "session", "INTERVIEWER");
        CookieManager cookies = new CookieManager();
        HttpClient browser =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        HttpResponse<String> login =
                browser.send(at("login.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        String setCookie =
                login.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError("no session cookie: " + login.headers()));
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertFalse(
                setCookie.toLowerCase().contains("secure"), "Secure only over TLS: " + setCookie);
        String before = sessionId(cookies);

        Matcher state =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                        .matcher(login.body());
        assertTrue(state.find());
        String form =
                "signIn=signIn&signIn%3Ausername="
                        + person
                        + "&signIn%3Apassword="
                        + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)
                        + "&signIn%3Asubmit=&jakarta.faces.ViewState="
                        + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn =
                browser.send(
                        at("login.xhtml")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertNotEquals(before, sessionId(cookies), "a new session id after signing in");
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    @Test
    void clientRevisionsOutsideWhatAScriptCanCountAreRefusedWith422() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        String member = f.panel.get(0);
        ApiClient client = f.as(member);
        String path = "api/v1/scorecards/" + f.scorecardOf(member) + "/ratings/1";
        for (String revision : List.of("1e30", "9223372036854775807", "1.5", "0", "-3")) {
            ApiResponse saved =
                    client.put(
                            path,
                            "{\"score\":3,\"skipped\":false,\"notes\":\"n\",\"clientRevision\":"
                                    + revision
                                    + "}");
            assertEquals(422, saved.status(), revision + ": " + saved);
            assertTrue(saved.body().contains("clientRevision"), saved.body());
        }
        ApiResponse fine =
                client.put(
                        path,
                        "{\"score\":3,\"skipped\":false,\"notes\":\"n\",\"clientRevision\":9007199254740991}");
        assertEquals(200, fine.status(), fine::toString);
    }

    @Test
    void malformedUtf8AndNulCharactersAreRefusedAndNothingIsStored() throws Exception {
        String recruiter = TestUsers.create(deployment, "bytes", "RECRUITER");
        String authorization =
                "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString(
                                        (recruiter + ":" + TestUsers.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8));
        byte[] prefix = "{\"name\":\"Broken ".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] malformed = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, malformed, 0, prefix.length);
        malformed[prefix.length] = (byte) 0xC3;
        malformed[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, malformed, prefix.length + 2, suffix.length);
        HttpResponse<String> broken =
                send(
                        at("api/v1/competencies")
                                .header("Authorization", authorization)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(malformed)));
        assertEquals(422, broken.statusCode(), broken.body());
        assertProblemJson(header(broken, "Content-Type"));

        ApiResponse nul =
                TestUsers.as(deployment, recruiter)
                        .post("api/v1/competencies", "{\"name\":\"Nul\\u0000Byte\"}");
        assertEquals(422, nul.status(), nul::toString);
        assertFalse(
                TestUsers.as(deployment, recruiter)
                        .get("api/v1/competencies")
                        .body()
                        .contains("Nul"));
    }

    @Test
    void deeplyNestedJsonIsTheSendersMistakeNotAServerError() {
        String recruiter = TestUsers.create(deployment, "nested", "RECRUITER");
        String deep = "[".repeat(5000) + "]".repeat(5000);
        ApiResponse imported =
                TestUsers.as(deployment, recruiter).post("api/v1/questions/import", deep);
        assertTrue(imported.status() == 400 || imported.status() == 422, imported::toString);
        assertProblemJson(imported.contentType());
    }

    @Test
    void aMethodOnAPathNoResourceServesIs404Or405NeverAServerError() throws Exception {
        String admin = TestUsers.ADMIN;
        TestUsers.admin(deployment);
        for (String path :
                List.of(
                        "api/v1/users/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                        "api/v1/users/..%2f..%2fhealth", "resources/candor/candor.css")) {
            HttpResponse<String> patched =
                    send(
                            at(path).header(
                                            "Authorization",
                                            "Basic "
                                                    + java.util.Base64.getEncoder()
                                                            .encodeToString(
                                                                    (admin
                                                                                    + ":"
                                                                                    + TestUsers
                                                                                            .ADMIN_PASSWORD)
                                                                            .getBytes(
                                                                                    StandardCharsets
                                                                                            .UTF_8)))
                                    .header("Content-Type", "application/json")
                                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));
            assertTrue(
                    patched.statusCode() == 404 || patched.statusCode() == 405,
                    path + ": " + patched.statusCode() + " " + patched.body());
            assertProblemJson(header(patched, "Content-Type"), path);
        }
    }

    @Test
    void aPanelWithANullMemberIsRefusedWith422() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        for (boolean scheduling : new boolean[] {true, false}) {
            ApiResponse refused =
                    scheduling
                            ? f.as(f.recruiter)
                                    .post(
                                            "api/v1/interviews",
                                            "{\"candidateId\":"
                                                    + f.candidateId
                                                    + ",\"stage\":\"Main\",\"startsAt\":\"2031-01-01T10:00:00Z\","
                                                    + "\"minutes\":60,\"panel\":[null]}")
                            : f.as(f.recruiter)
                                    .put(
                                            "api/v1/interviews/" + f.interviewId,
                                            "{\"panel\":[null]}");
            assertEquals(422, refused.status(), refused::toString);
            assertTrue(refused.body().contains("panel"), refused.body());
        }
    }

    @Test
    void aFarFutureInterviewTimeIsRefusedWith422() {
        ScoringFixture f = ScoringFixture.create(deployment, 1, 1);
        ApiResponse moved =
                f.as(f.recruiter)
                        .put(
                                "api/v1/interviews/" + f.interviewId,
                                "{\"startsAt\":\"+99999-01-01T10:00:00Z\",\"minutes\":60,\"panel\":[\""
                                        + f.panel.get(0)
                                        + "\"]}");
        assertEquals(422, moved.status(), moved::toString);
        assertTrue(moved.body().contains("startsAt"), moved.body());
    }

    @Test
    void aBodyOverTheLimitIs413ProblemJsonOnTheApiAndOnPages() throws Exception {
        String big = "x".repeat(3 * 1024 * 1024);
        HttpResponse<String> api =
                send(
                        at("api/v1/competencies")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, api.statusCode());
        assertProblemJson(header(api, "Content-Type"));
        HttpResponse<String> form =
                send(
                        at("login.xhtml")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("a=" + big)));
        assertEquals(413, form.statusCode());
    }

    @Test
    void aFormPostWithAnInvalidViewStateShowsTheExpiredPageWithoutA500() throws Exception {
        HttpResponse<String> posted =
                send(
                        at("login.xhtml")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "signIn=signIn&signIn%3Ausername=a&signIn%3Apassword=b"
                                                        + "&signIn%3Asubmit=&jakarta.faces.ViewState=forged%3A123")));
        assertNotEquals(500, posted.statusCode(), posted.body());
        assertTrue(posted.statusCode() < 500, "" + posted.statusCode());
    }

    /** application/problem+json, with or without a charset parameter. */
    private static void assertProblemJson(String contentType, String... context) {
        assertTrue(
                contentType.startsWith("application/problem+json"),
                contentType + " " + String.join(" ", context));
    }
}
