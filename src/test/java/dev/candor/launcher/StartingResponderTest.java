package dev.candor.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartingResponderTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesApiCallsAndReadinessAreToldToComeBackWhileLivenessIsUp() throws Exception {
        int port = freePort();
        try (StartingResponder ignored = StartingResponder.open(port)) {
            HttpResponse<String> page = get(port, "/login.xhtml");
            assertEquals(503, page.statusCode());
            assertEquals(Optional.of("5"), page.headers().firstValue("Retry-After"));
            assertTrue(page.body().contains("Candor is starting"), page.body());

            HttpResponse<String> api = get(port, "/api/v1/me");
            assertEquals(503, api.statusCode());
            assertEquals(
                    Optional.of("application/problem+json"),
                    api.headers().firstValue("Content-Type"));

            HttpResponse<String> ready = get(port, "/health/ready");
            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().contains("\"DOWN\""), ready.body());

            HttpResponse<String> live = get(port, "/health/live");
            assertEquals(200, live.statusCode());
            assertEquals(Optional.empty(), live.headers().firstValue("Retry-After"));
        }
    }

    @Test
    void closingFreesThePortForPayara() throws Exception {
        int port = freePort();
        StartingResponder.open(port).close();
        try (ServerSocket payara = new ServerSocket()) {
            payara.bind(new InetSocketAddress(port));
        }
    }

    @Test
    void aPortInUseIsRefusedInOneLineThatNamesTheSetting() throws Exception {
        try (ServerSocket other = new ServerSocket(0)) {
            LaunchFailure failure =
                    assertThrows(
                            LaunchFailure.class,
                            () -> StartingResponder.open(other.getLocalPort()));
            assertTrue(failure.getMessage().startsWith("CANDOR_PORT: port "), failure.getMessage());
        }
    }

    private HttpResponse<String> get(int port, String path)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
