package dev.candor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Candor as an operator runs it, {@code java -jar target/candor-launcher.jar}, in a process of its
 * own that a test can kill with SIGKILL ({@link Process#destroyForcibly()} on Linux) and start
 * again on the same data and port. The administrator is created at start from {@code
 * CANDOR_ADMIN_PASSWORD}.
 */
public final class LaunchedCandor implements AutoCloseable {

    /** Generous: on a shared two-core machine under load, Payara Micro has taken over 5 minutes. */
    private static final Duration STARTUP = Duration.ofSeconds(900);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, String> environment;
    private final Path log;
    private final URL url;
    private Process process;
    private int starts;

    private LaunchedCandor(Map<String, String> environment, Path log, URL url) {
        this.environment = environment;
        this.log = log;
        this.url = url;
    }

    /**
     * Starts Candor on a free port with its data in dataDir, on the database this failsafe
     * execution tests (PostgreSQL: the given database, which must exist).
     */
    public static LaunchedCandor start(Path dataDir, String postgresDatabase) {
        return start(dataDir, postgresDatabase, Map.of());
    }

    /** As {@link #start(Path, String)}, with these further settings (e.g. CANDOR_DEMO=true). */
    public static LaunchedCandor start(
            Path dataDir, String postgresDatabase, Map<String, String> settings) {
        int port = freePort();
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("CANDOR_PORT", Integer.toString(port));
        environment.put("CANDOR_DATA_DIR", dataDir.toString());
        environment.put("CANDOR_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD);
        environment.put("CANDOR_PASSWORD_ITERATIONS", "1024");
        if (postgresDatabase != null) {
            environment.put(
                    "CANDOR_DB_URL", System.getProperty("it.postgres.server") + postgresDatabase);
            environment.put("CANDOR_DB_USER", System.getProperty("it.postgres.user"));
            environment.put("CANDOR_DB_PASSWORD", System.getProperty("it.postgres.password", ""));
        }
        URL url;
        try {
            url = URI.create("http://localhost:" + port + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        LaunchedCandor candor =
                new LaunchedCandor(
                        environment,
                        dataDir.resolveSibling(dataDir.getFileName() + "-server"),
                        url);
        candor.boot();
        TestUsers.adminCreatedAtStart(url);
        return candor;
    }

    public URL url() {
        return url;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye, as with a power cut of the JVM. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void restart() {
        boot();
    }

    private void boot() {
        starts++;
        Path target = Path.of(System.getProperty("candor.war", "target/candor.war")).getParent();
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path logFile = Path.of(log + "-" + starts + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(
                                javaHome.resolve("bin/java").toString(),
                                "-Xmx512m",
                                "-jar",
                                target.resolve("candor-launcher.jar").toString())
                        .redirectErrorStream(true)
                        .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(logFile);
    }

    private void awaitReady(Path logFile) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "Candor exited with " + process.exitValue() + "; see " + logFile);
            }
            if (readiness() == 200) {
                return;
            }
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError("Candor was not ready within " + STARTUP + "; see " + logFile);
    }

    /** The status of GET /health/ready, or 0 when nothing answers. */
    public int readiness() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url + "health/ready"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
