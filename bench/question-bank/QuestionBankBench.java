import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads 5,000 questions into a running Candor through the import API (10 JSON files of 500), then times the
 * bank list: the REST list with and without filters, and the Faces page. No dependencies: run it with
 *
 *   java bench/question-bank/QuestionBankBench.java http://localhost:8181 recruiter 'demo password 1'
 *
 * Arguments: base URL, a RECRUITER's username and password, and optionally "--no-load" to time an already
 * loaded bank. Each measured request runs 5 times to warm up, then 30 times; the median and 95th percentile
 * of the 30 are printed in milliseconds. Timed requests use a signed-in session (the sign-in form), not HTTP Basic.
 */
public class QuestionBankBench {

    static final int BATCHES = 10;
    static final int PER_BATCH = 500;
    static final int WARMUP = 5;
    static final int RUNS = 30;
    static final String[] COMPETENCIES = {"Service recovery", "Judgement under pressure", "Ownership", "Composure",
            "Anticipating needs", "Tact", "Attentiveness", "Delighting customers"};
    static final String[] SUBJECTS = {"customer", "queue", "refund", "complaint", "colleague", "delivery", "policy",
            "phone call", "booking", "mistake"};

    static HttpClient http;
    static String base;
    static String basic;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java QuestionBankBench.java BASE_URL USERNAME PASSWORD [--no-load]");
            System.exit(2);
        }
        base = args[0].replaceAll("/$", "");
        basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        boolean load = !(args.length > 3 && args[3].equals("--no-load"));
        String run = Long.toString(System.currentTimeMillis(), 36);
        if (load) {
            long start = System.nanoTime();
            for (int batch = 0; batch < BATCHES; batch++) {
                long t = System.nanoTime();
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/questions/import"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(batchJson(run, batch))));
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("import batch " + batch + " failed: " + response.statusCode() + " "
                            + response.body());
                }
                System.out.printf(Locale.ROOT, "import batch %2d (%d questions): %6.0f ms%n", batch + 1, PER_BATCH,
                        (System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "loaded %d questions in %.1f s%n", BATCHES * PER_BATCH,
                    (System.nanoTime() - start) / 1e9);
        }
        System.out.println("total in bank: " + total(api("/api/v1/questions?size=1")));
        // Timed calls ride on a signed-in session, as the browser's do: HTTP Basic would add a password hash
        // (about half a second by design) to every request and measure that instead of the list.
        signIn(args[1], args[2]);
        System.out.println();
        System.out.println("| Request | Matches | Median (ms) | p95 (ms) |");
        System.out.println("|---|---:|---:|---:|");
        time("baseline: GET /api/v1/me", "-", () -> page("/api/v1/me"));
        timeApi("REST list, first page of 20, no filter", "/api/v1/questions?page=1&size=20");
        timeApi("REST list, page 200 of 20, sorted by text", "/api/v1/questions?page=200&size=20&sort=text");
        timeApi("REST list, competency + status", "/api/v1/questions?competency=Composure&status=ACTIVE&size=20");
        timeApi("REST list, tag", "/api/v1/questions?tag=bench-tag-3&size=20");
        timeApi("REST list, full-text search", "/api/v1/questions?q=" + enc("refund") + "&size=20");
        timeApi("REST list, all four filters, sorted by -changed",
                "/api/v1/questions?competency=Ownership&status=ACTIVE&tag=bench-tag-2&q=" + enc("refund")
                        + "&size=20&sort=-changed");
        time("Faces bank page GET /questions/index.xhtml (first page of 20, counts per competency)", "-",
                () -> page("/questions/index.xhtml"));
    }

    static String batchJson(String run, int batch) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < PER_BATCH; i++) {
            int n = batch * PER_BATCH + i;
            String subject = SUBJECTS[n % SUBJECTS.length];
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"text\":\"Tell me about a time a ").append(subject).append(" needed you (bench ")
                    .append(run).append(" #").append(n).append(").\",")
                    .append("\"kind\":\"").append(n % 3 == 0 ? "SITUATIONAL" : "BEHAVIOURAL").append("\",")
                    .append("\"competency\":\"").append(COMPETENCIES[n % COMPETENCIES.length]).append("\",")
                    .append("\"guidance\":\"Listen for what the candidate did about the ").append(subject)
                    .append(", and why.\",")
                    .append("\"probes\":[\"What did you do first?\",\"What happened next?\"],")
                    .append("\"anchors\":[{\"score\":1,\"label\":\"Nothing\",\"description\":\"No example.\"},")
                    .append("{\"score\":3,\"label\":\"Something\",\"description\":\"Did their part.\"},")
                    .append("{\"score\":5,\"label\":\"Everything\",\"description\":\"Saw it through.\"}],")
                    .append("\"tags\":[\"bench\",\"bench-tag-").append(n % 10).append("\"],")
                    .append("\"status\":\"").append(n % 5 == 0 ? "DRAFT" : "ACTIVE").append("\"}");
        }
        return json.append(']').toString();
    }

    interface Call {
        HttpResponse<String> run() throws Exception;
    }

    static void timeApi(String name, String path) throws Exception {
        time(name, String.valueOf(total(page(path))), () -> page(path));
    }

    static void time(String name, String matches, Call call) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            check(call.run());
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            check(call.run());
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f |%n", name, matches, millis.get(RUNS / 2),
                millis.get((int) Math.ceil(RUNS * 0.95) - 1));
    }

    static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    static HttpResponse<String> api(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic).GET());
    }

    static HttpResponse<String> page(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static long total(HttpResponse<String> response) {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(response.body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Signs in through the sign-in form, so the Faces page is timed as a browser sees it. */
    static void signIn(String username, String password) throws Exception {
        String login = page("/login.xhtml").body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        String form = "signIn=signIn&signIn%3Ausername=" + enc(username) + "&signIn%3Apassword=" + enc(password)
                + "&signIn%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        HttpResponse<String> bank = page("/questions/index.xhtml");
        if (bank.statusCode() != 200 || !bank.body().contains("questions match")) {
            throw new IllegalStateException("signing in failed: " + signedIn.statusCode() + " / " + bank.statusCode());
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
