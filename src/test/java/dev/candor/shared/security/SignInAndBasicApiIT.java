package dev.candor.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.CandorDeployment;
import dev.candor.testing.CandorIntegrationTest;
import dev.candor.testing.TestUsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * HTTP Basic only for programs, and sign-in throttling that nobody elsewhere can turn against a
 * person (issue 21, items 3 and 4). The test server pauses after 3 failures (arquillian.xml).
 */
@CandorIntegrationTest
@RunAsClient
@Order(90)
class SignInAndBasicApiIT {

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

    private HttpResponse<String> getMe(String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base() + "api/v1/me"))
                        .timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void programsSignInWithHttpBasicAndAreChallengedWithoutIt() throws Exception {
        String person = TestUsers.create(deployment, "program", "RECRUITER");
        assertEquals(200, getMe("Authorization", basic(person, TestUsers.PASSWORD)).statusCode());
        HttpResponse<String> anonymous = getMe();
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void browsersAreNeverAskedForHttpBasicSoTheyHaveNoPasswordToReplay() throws Exception {
        for (String[] browser :
                new String[][] {
                    {"Sec-Fetch-Mode", "navigate", "Sec-Fetch-Site", "none"},
                    {"Origin", deployment.toString().replaceAll("/$", "")},
                    {"Cookie", "JSESSIONID=whatever"},
                    {"X-Requested-With", "fetch"}
                }) {
            HttpResponse<String> answer = getMe(browser);
            assertEquals(401, answer.statusCode());
            assertProblemJson(answer.headers().firstValue("Content-Type").orElse(""));
            assertFalse(
                    answer.headers().firstValue("WWW-Authenticate").isPresent(),
                    "no Basic challenge for " + String.join(" ", browser));
        }
    }

    @Test
    void httpBasicFromAnotherSitesPageOrAlongsideCookiesIsRefused() throws Exception {
        String person = TestUsers.create(deployment, "replayed", "RECRUITER");
        String credentials = basic(person, TestUsers.PASSWORD);
        for (String[] forged :
                new String[][] {
                    {"Origin", "http://attacker.example"},
                    {"Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors"},
                    {"Sec-Fetch-Site", "same-site", "Sec-Fetch-Mode", "no-cors"},
                    {"Cookie", "JSESSIONID=whatever"}
                }) {
            String[] headers = new String[forged.length + 2];
            System.arraycopy(forged, 0, headers, 0, forged.length);
            headers[forged.length] = "Authorization";
            headers[forged.length + 1] = credentials;
            HttpResponse<String> answer = getMe(headers);
            assertEquals(403, answer.statusCode(), String.join(" ", forged) + ": " + answer.body());
            assertProblemJson(answer.headers().firstValue("Content-Type").orElse(""));
        }
        assertEquals(
                200,
                getMe("Authorization", credentials, "Sec-Fetch-Site", "same-origin").statusCode(),
                "a same-origin script with Basic is not a forgery");
    }

    @Test
    void wrongPasswordsFromAnotherAddressDoNotLockThePersonOutOfTheirOwn() throws Exception {
        String person = TestUsers.create(deployment, "target", "INTERVIEWER");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, statusFrom("127.0.0.2", basic(person, "guessed password")));
        }
        assertEquals(
                401,
                statusFrom("127.0.0.2", basic(person, TestUsers.PASSWORD)),
                "the guessing address is paused, even with the right password");
        assertEquals(
                200,
                getMe("Authorization", basic(person, TestUsers.PASSWORD)).statusCode(),
                "the person signs in from their own address");
    }

    @Test
    void aPausedAccountAndAnUnknownUsernameGetTheSameAnswer() throws Exception {
        String person = TestUsers.create(deployment, "known", "INTERVIEWER");
        String unknown = TestUsers.unique("nobody");
        String known = "";
        String nobody = "";
        for (int attempt = 0; attempt < 4; attempt++) {
            known = answerFrom("127.0.0.3", basic(person, "guessed password"));
            nobody = answerFrom("127.0.0.4", basic(unknown, "guessed password"));
        }
        assertTrue(known.startsWith("HTTP/1.1 401"), known);
        assertEquals(withoutDate(known), withoutDate(nobody));
    }

    private int statusFrom(String localAddress, String authorization) throws IOException {
        String answer = answerFrom(localAddress, authorization);
        return Integer.parseInt(answer.substring(9, 12));
    }

    /**
     * The whole HTTP answer to GET /api/v1/me sent from another loopback address, which Java's HTTP
     * client cannot choose: the server sees a different client.
     */
    private String answerFrom(String localAddress, String authorization) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", deployment.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                                    + authorization
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (BufferedReader in =
                    new BufferedReader(
                            new InputStreamReader(
                                    socket.getInputStream(), StandardCharsets.UTF_8))) {
                return in.lines().collect(Collectors.joining("\n"));
            }
        }
    }

    private static String withoutDate(String answer) {
        return answer.lines()
                .filter(line -> !line.regionMatches(true, 0, "Date:", 0, 5))
                .collect(Collectors.joining("\n"));
    }

    /** application/problem+json, with or without a charset parameter. */
    private static void assertProblemJson(String contentType, String... context) {
        assertTrue(
                contentType.startsWith("application/problem+json"),
                contentType + " " + String.join(" ", context));
    }
}
