package dev.candor.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in page as the first person to open Candor gets it: "ready" means this page has answered
 * 200, not merely that the deployment finished.
 */
final class FirstPage {

    /** Payara has already deployed and started Candor; this only covers opening the port. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private FirstPage() {}

    static void awaitServed(int port) throws LaunchFailure {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login.xhtml"))
                        .timeout(Duration.ofSeconds(30))
                        .build();
        Instant deadline = Instant.now().plus(PATIENCE);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                int status =
                        http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                lastAnswer = "HTTP " + status;
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchFailure("interrupted while waiting for the sign-in page.");
            }
            pause();
        }
        throw new LaunchFailure(
                "the application deployed, but its sign-in page did not answer 200 within "
                        + PATIENCE.toSeconds()
                        + " s (last: "
                        + lastAnswer
                        + ").");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
