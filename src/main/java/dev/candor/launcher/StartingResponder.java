package dev.candor.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Holds Candor's port while Payara Micro boots and deploys with its listener switched off, and
 * answers every request with 503 and {@code Retry-After}: a request that arrives before Candor can
 * serve it is told to come back, never given Payara's 404 of a half-deployed context or a 500.
 */
final class StartingResponder implements AutoCloseable {

    static final String RETRY_AFTER_SECONDS = "5";

    private final HttpServer server;
    private final ExecutorService threads;

    private StartingResponder(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Binds the port, or says in one line that another program has it. */
    static StartingResponder open(int port) throws LaunchFailure {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 50);
        } catch (IOException e) {
            throw new LaunchFailure(
                    "CANDOR_PORT: port "
                            + port
                            + " is already in use; stop the program using it "
                            + "or set CANDOR_PORT to a free port.");
        }
        ExecutorService threads = Executors.newFixedThreadPool(2, StartingResponder::daemon);
        server.setExecutor(threads);
        server.createContext("/", StartingResponder::answer);
        server.start();
        return new StartingResponder(server, threads);
    }

    private record Answer(int status, String type, String body) {}

    private static Answer answerFor(String path) {
        if (path.equals("/health/live")) {
            // The process is alive while it starts: a liveness probe must not restart it.
            return new Answer(200, "application/json", "{\"status\":\"UP\",\"checks\":[]}");
        }
        if (path.startsWith("/health")) {
            return new Answer(
                    503,
                    "application/json",
                    "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"startup\",\"status\":\"DOWN\"}]}");
        }
        if (path.startsWith("/api/")) {
            return new Answer(
                    503,
                    "application/problem+json",
                    "{\"title\":\"Candor is starting\",\"status\":503,"
                            + "\"detail\":\"Try again in a few seconds.\"}");
        }
        return new Answer(
                503,
                "text/html; charset=UTF-8",
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                        + "<meta http-equiv=\"refresh\" content=\""
                        + RETRY_AFTER_SECONDS
                        + "\"><title>Candor is starting</title></head><body>"
                        + "<main><h1>Candor is starting</h1><p>This page reloads "
                        + "in a few seconds.</p></main></body></html>");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer = answerFor(exchange.getRequestURI().getPath());
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            if (answer.status() == 503) {
                exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            }
            exchange.getResponseHeaders().set("Content-Type", answer.type());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(answer.status(), head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "candor-starting");
        thread.setDaemon(true);
        return thread;
    }

    /** Frees the port at once, for Payara's listener to take it. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
