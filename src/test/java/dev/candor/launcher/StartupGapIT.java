package dev.candor.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.testing.Environment;
import dev.candor.testing.TestUsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Candor as operators start it, polled from the instant the process exists: until it can serve a
 * page, every request is refused or told to come back (503 with Retry-After), never a 404 or 500,
 * and once "Candor is ready" is printed the sign-in page answers.
 */
class StartupGapIT {

    private static final Duration STARTUP = Duration.ofSeconds(900);
    private static final List<String> PATHS = List.of("login.xhtml", "health/ready");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyRequestDuringStartUpIsRefusedOrToldToRetryAndTheReadyLineMeansTheSignInPageAnswers()
            throws Exception {
        Path target = Path.of(System.getProperty("candor.war", "target/candor.war")).getParent();
        Environment.require(
                Files.isRegularFile(target.resolve("candor-launcher.jar")),
                "target/candor-launcher.jar (mvn package)");
        int port = freePort();
        Path dataDir = Files.createTempDirectory(target, "startup-gap-");
        List<String> output = new CopyOnWriteArrayList<>();
        AtomicBoolean ready = new AtomicBoolean();
        Process process = launch(target, dataDir, port);
        try {
            readOutput(process, output, ready);
            List<String> wrongAnswers = new ArrayList<>();
            int retries = 0;
            Instant deadline = Instant.now().plus(STARTUP);
            while (!ready.get()) {
                assertTrue(Instant.now().isBefore(deadline), "not ready within " + STARTUP);
                assertTrue(process.isAlive(), "Candor exited: " + String.join("\n", output));
                for (String path : PATHS) {
                    String answer = answer(port, path);
                    if (answer.startsWith("503 ")) {
                        retries++;
                    } else if (!answer.equals("200") && !answer.equals("refused")) {
                        wrongAnswers.add(path + " " + answer);
                    }
                }
            }
            assertEquals(List.of(), wrongAnswers, "answers other than refused, 503 or 200");
            assertTrue(retries > 0, "no request was told to retry; did polling start too late?");
            assertEquals(
                    "200", answer(port, "login.xhtml"), "the sign-in page after the ready line");
            assertEquals("200", answer(port, "health/ready"), "readiness after the ready line");
            assertTrue(
                    output.stream().anyMatch(line -> line.startsWith("Candor is ready at ")),
                    "the ready line");
        } finally {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** "200", "503 Retry-After=5" (or "503 no Retry-After"), "refused", or another status. */
    private String answer(int port, String path) throws InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .timeout(Duration.ofSeconds(30))
                        .build();
        try {
            HttpResponse<Void> response =
                    http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status == 503) {
                return response.headers()
                        .firstValue("Retry-After")
                        .map(seconds -> "503 Retry-After=" + seconds)
                        .orElse("503-without-Retry-After");
            }
            return Integer.toString(status);
        } catch (IOException notListening) {
            return "refused";
        }
    }

    private static Process launch(Path target, Path dataDir, int port) throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx512m",
                                "-jar",
                                target.resolve("candor-launcher.jar").toString())
                        .redirectErrorStream(true);
        builder.environment().put("CANDOR_PORT", Integer.toString(port));
        builder.environment().put("CANDOR_DATA_DIR", dataDir.toString());
        builder.environment().put("CANDOR_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD);
        builder.environment().put("CANDOR_PASSWORD_ITERATIONS", "1024");
        builder.environment().remove("CANDOR_DB_URL");
        return builder.start();
    }

    private static void readOutput(Process process, List<String> output, AtomicBoolean ready) {
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader lines =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    process.getInputStream(),
                                                    StandardCharsets.UTF_8))) {
                                for (String line = lines.readLine();
                                        line != null;
                                        line = lines.readLine()) {
                                    output.add(line);
                                    if (line.startsWith("Candor is ready at ")) {
                                        ready.set(true);
                                    }
                                }
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        "candor-output");
        reader.setDaemon(true);
        reader.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
