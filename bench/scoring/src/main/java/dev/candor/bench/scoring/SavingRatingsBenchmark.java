package dev.candor.bench.scoring;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Saving a rating" under load (docs/performance.md): N virtual interviewers, each signed in with a browser
 * session like the scoring page, each saving one rating per second (PUT /api/v1/scorecards/{id}/ratings/{p} with the
 * page's CSRF header and ~1,150 characters of notes), against a running Candor. Then, in the same run and the same
 * pattern: the server's cheapest round trip (GET /health/live: no sign-in check, no database), which shows what any
 * request costs before Candor's own work; and raw JDBC insert-and-commit of an equivalent row on the same kind of
 * database, with the ratios.
 *
 * <p>Everything it needs is made through the REST API as the administrator: a recruiter, a hiring manager, N
 * interviewers, one opening with a five-question plan, and interviews of ten panel members each.
 *
 * <p>Options (all --name=value): url (http://localhost:8383), admin (admin), admin-password, interviewers (100),
 * seconds (60), warmup (10), jdbc-url, jdbc-user, jdbc-password. For the embedded database, Candor's own H2 file is
 * locked while it runs: pass a separate file, e.g. jdbc:h2:file:/tmp/candor-bench/raw;MODE=LEGACY (same H2 version and
 * mode, in-process like Candor's). For PostgreSQL pass the same server and database Candor uses.
 */
public final class SavingRatingsBenchmark {

    private static final String PASSWORD = "bench password 1";
    private static final int QUESTIONS = 5;
    private static final int PANEL = 10;
    private static final String NOTES = ("Situation: a customer whose refund had been refused twice. Task: keep the "
            + "customer and stay within the rules. Action: checked why the rule exists, found the exception the "
            + "policy allows, explained it, approved the refund and told the team lead the same day. Result: the "
            + "customer stayed; the rule owner changed the script. Reflective, specific, owned the decision. ")
            .repeat(2);

    private final Map<String, String> options;
    private final String base;
    private final HttpClient admin = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SavingRatingsBenchmark(Map<String, String> options) {
        this.options = options;
        String url = options.getOrDefault("url", "http://localhost:8383");
        this.base = url.endsWith("/") ? url : url + "/";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options are --name=value; got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        new SavingRatingsBenchmark(options).run();
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    private void run() throws Exception {
        int interviewers = option("interviewers", 100);
        int seconds = option("seconds", 60);
        int warmup = option("warmup", 10);
        System.out.printf(Locale.ROOT, "Candor at %s; %d interviewers, one save per second each, %d s (+%d s warm-up)%n",
                base, interviewers, seconds, warmup);
        List<VirtualInterviewer> people = setUp(interviewers);
        Stats http = load(people, seconds, warmup);
        Stats floor = measure(people.size(), seconds, warmup, worker -> people.get(worker).askIfAlive());
        System.out.println();
        System.out.println("REST save (PUT rating, session + CSRF):  " + http);
        System.out.println("HTTP floor (GET /health/live, same pattern): " + floor);
        String jdbcUrl = options.get("jdbc-url");
        if (jdbcUrl != null) {
            Stats jdbc = jdbcBaseline(jdbcUrl, interviewers, seconds, warmup);
            System.out.println("Raw JDBC insert + commit, same pattern:  " + jdbc);
            System.out.printf(Locale.ROOT, "Ratio REST / JDBC: p50 %.1fx, p95 %.1fx, p99 %.1fx%n",
                    http.p(50) / jdbc.p(50), http.p(95) / jdbc.p(95), http.p(99) / jdbc.p(99));
            System.out.printf(Locale.ROOT, "Ratio HTTP floor / JDBC: p50 %.1fx, p95 %.1fx, p99 %.1fx%n",
                    floor.p(50) / jdbc.p(50), floor.p(95) / jdbc.p(95), floor.p(99) / jdbc.p(99));
        }
    }

    /* ------------------------------------------------------------------ setting up through the REST API */

    private List<VirtualInterviewer> setUp(int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String adminAuth = basic(options.getOrDefault("admin", "admin"), options.get("admin-password"));
        String recruiter = "bench-rec-" + run;
        String manager = "bench-hm-" + run;
        createUser(adminAuth, recruiter, "RECRUITER");
        createUser(adminAuth, manager, "HIRING_MANAGER");
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = "bench-iv-" + run + "-" + i;
            createUser(adminAuth, username, "INTERVIEWER");
            usernames.add(username);
        }
        String staff = basic(recruiter, PASSWORD);
        String questions = send(staff, "GET", "api/v1/questions?status=ACTIVE&size=" + QUESTIONS, null, 200);
        Matcher ids = Pattern.compile("\\{\"[^{}]*?\"id\":(\\d+)").matcher(questions.substring(questions.indexOf("\"items\"")));
        List<String> plan = new ArrayList<>();
        while (ids.find() && plan.size() < QUESTIONS) {
            plan.add("{\"questionId\":" + ids.group(1) + ",\"minutes\":8}");
        }
        if (plan.isEmpty()) {
            throw new IllegalStateException("The question bank has no active questions: " + questions);
        }
        String opening = send(staff, "POST", "api/v1/openings", "{\"title\":\"Benchmark " + run + "\",\"team\":\"Bench\","
                + "\"description\":\"Load test\",\"hiringManagers\":[\"" + manager + "\"],\"keyCompetencies\":[]}", 201);
        long openingId = id(opening);
        send(staff, "PUT", "api/v1/openings/" + openingId + "/plan",
                "{\"stages\":[{\"name\":\"Main\",\"minutes\":45,\"questions\":[" + String.join(",", plan) + "]}]}", 200);
        for (int start = 0; start < count; start += PANEL) {
            String candidate = send(staff, "POST", "api/v1/openings/" + openingId + "/candidates",
                    "{\"name\":\"Bench Candidate " + start + "\",\"email\":\"c" + start + "@example.com\"}", 201);
            List<String> panel = usernames.subList(start, Math.min(count, start + PANEL));
            send(staff, "POST", "api/v1/interviews", "{\"candidateId\":" + id(candidate) + ",\"stage\":\"Main\","
                    + "\"startsAt\":\"2030-01-15T10:00:00Z\",\"minutes\":45,\"panel\":[\""
                    + String.join("\",\"", panel) + "\"]}", 201);
        }
        List<VirtualInterviewer> people = new ArrayList<>();
        for (String username : usernames) {
            VirtualInterviewer person = new VirtualInterviewer(username);
            person.signIn();
            people.add(person);
        }
        System.out.println("Set up " + people.size() + " signed-in interviewers with a scorecard each ("
                + plan.size() + " questions).");
        return people;
    }

    private void createUser(String adminAuth, String username, String role) throws Exception {
        send(adminAuth, "POST", "api/v1/users", "{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\",\"roles\":[\"" + role + "\"],\"password\":\"" + PASSWORD + "\"}", 201);
    }

    private String send(String authorization, String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = admin.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One interviewer's browser: a session cookie and the page's CSRF token, like the scoring page's script. */
    private final class VirtualInterviewer {
        final String username;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
        long scorecardId;
        String csrf;
        long revision;
        int position;

        VirtualInterviewer(String username) {
            this.username = username;
        }

        void signIn() throws Exception {
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(login);
            if (!state.find()) {
                throw new IllegalStateException("No view state on the sign-in page");
            }
            String form = "signIn=signIn&signIn%3Ausername=" + enc(username) + "&signIn%3Apassword=" + enc(PASSWORD)
                    + "&signIn%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
            http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String mine = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/scorecards?mine=true"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
            scorecardId = id(mine);
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "scoring/scorecard.xhtml?id=" + scorecardId))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("<meta name=\"candor-csrf-token\" content=\"([^\"]+)\"").matcher(page);
            if (!token.find()) {
                throw new IllegalStateException(username + " did not get the scoring page with a CSRF token");
            }
            csrf = token.group(1);
        }

        /**
         * The cheapest round trip this server answers (no sign-in check, no database), over the same connection
         * and pattern as the saves: what any request costs before Candor's own work; microseconds, or -1.
         */
        long askIfAlive() {
            return timed(HttpRequest.newBuilder(URI.create(base + "health/live")).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET().build());
        }

        /** One autosave; returns the latency in microseconds, or -1 when it failed. */
        long save() {
            position = position % QUESTIONS + 1;
            revision++;
            String body = "{\"score\":" + (1 + (int) (revision % 5)) + ",\"skipped\":false,\"skipReason\":null,"
                    + "\"notes\":\"" + NOTES + revision + "\",\"clientRevision\":" + revision + "}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/scorecards/" + scorecardId
                            + "/ratings/" + position)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("X-Requested-With", "candor-bench").header("X-Candor-CSRF", csrf)
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            return timed(request);
        }

        private long timed(HttpRequest request) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long micros = (System.nanoTime() - start) / 1000;
                if (response.statusCode() != 200) {
                    System.err.println(username + ": " + response.statusCode() + " " + response.body());
                    return -1;
                }
                return micros;
            } catch (IOException | InterruptedException e) {
                System.err.println(username + ": " + e);
                return -1;
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /* ------------------------------------------------------------------ the load */

    /** Each worker acts once per second, starting at a random offset; latencies after the warm-up are kept. */
    private static Stats measure(int workers, int seconds, int warmup, WorkerAction action) throws InterruptedException {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(workers);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long stopAt = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong late = new AtomicLong();
        CountDownLatch done = new CountDownLatch(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            long offset = (long) (Math.random() * 1000);
            pool.scheduleAtFixedRate(new Runnable() {
                boolean finished;

                @Override
                public void run() {
                    if (finished) {
                        return;
                    }
                    long now = System.nanoTime();
                    if (now >= stopAt) {
                        finished = true;
                        done.countDown();
                        return;
                    }
                    long micros = action.act(worker);
                    if (micros < 0) {
                        failures.incrementAndGet();
                    } else if (now >= measureFrom) {
                        latencies.add(micros);
                        if (micros > 1_000_000) {
                            late.incrementAndGet();
                        }
                    }
                }
            }, offset, 1000, TimeUnit.MILLISECONDS);
        }
        done.await(seconds + warmup + 120L, TimeUnit.SECONDS);
        pool.shutdownNow();
        return new Stats(new ArrayList<>(latencies), failures.get());
    }

    @FunctionalInterface
    private interface WorkerAction {
        long act(int worker);
    }

    private Stats load(List<VirtualInterviewer> people, int seconds, int warmup) throws InterruptedException {
        return measure(people.size(), seconds, warmup, worker -> people.get(worker).save());
    }

    /* ------------------------------------------------------------------ raw JDBC baseline */

    private Stats jdbcBaseline(String url, int workers, int seconds, int warmup) throws Exception {
        String table = "bench_rating_" + UUID.randomUUID().toString().substring(0, 6);
        String user = options.getOrDefault("jdbc-user", url.startsWith("jdbc:h2") ? "candor" : "postgres");
        String password = options.getOrDefault("jdbc-password", url.startsWith("jdbc:h2") ? "candor" : "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (scorecard_id BIGINT NOT NULL, position INTEGER NOT NULL, "
                    + "score INTEGER, skipped BOOLEAN NOT NULL, skip_reason VARCHAR(500), notes VARCHAR(20000), "
                    + "revision BIGINT NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "entity_version BIGINT NOT NULL, PRIMARY KEY (scorecard_id, position))");
        }
        // Like Candor's data source (at most 32 connections), the workers share a bounded set of connections.
        int size = Math.min(workers, option("jdbc-connections", 32));
        List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
        Connection[] perWorker = new Connection[workers];
        PreparedStatement[] inserts = new PreparedStatement[workers];
        int[] next = new int[workers];
        for (int c = 0; c < size; c++) {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            connections.add(connection);
        }
        for (int w = 0; w < workers; w++) {
            perWorker[w] = connections.get(w % size);
        }
        for (int c = 0; c < size; c++) {
            PreparedStatement insert = connections.get(c).prepareStatement("INSERT INTO " + table + " (scorecard_id, "
                    + "position, score, skipped, skip_reason, notes, revision, updated_at, entity_version) "
                    + "VALUES (?,?,?,?,?,?,?,?,?)");
            for (int w = c; w < workers; w += size) {
                inserts[w] = insert;
            }
        }
        try {
            return measure(workers, seconds, warmup, worker -> {
                long start = System.nanoTime();
                synchronized (perWorker[worker]) {
                    return insertAndCommit(worker, perWorker[worker], inserts[worker], ++next[worker], start);
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    private static long insertAndCommit(int worker, Connection connection, PreparedStatement insert, int position,
            long start) {
        try {
            insert.setLong(1, worker);
            insert.setInt(2, position);
            insert.setInt(3, 1 + position % 5);
            insert.setBoolean(4, false);
            insert.setNull(5, java.sql.Types.VARCHAR);
            insert.setString(6, NOTES + position);
            insert.setLong(7, position);
            insert.setTimestamp(8, Timestamp.from(Instant.now()));
            insert.setLong(9, 1);
            insert.executeUpdate();
            connection.commit();
            return (System.nanoTime() - start) / 1000;
        } catch (SQLException e) {
            System.err.println("JDBC: " + e);
            return -1;
        }
    }

    /* ------------------------------------------------------------------ figures */

    private static final class Stats {
        private final long[] sorted;
        private final int failures;

        Stats(List<Long> latencies, int failures) {
            this.sorted = latencies.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            this.failures = failures;
        }

        /** Percentile in milliseconds (nearest rank). */
        double p(double percentile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d failures=%d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms",
                    sorted.length, failures, p(50), p(95), p(99), sorted.length == 0 ? Double.NaN
                            : sorted[sorted.length - 1] / 1000.0);
        }
    }
}
