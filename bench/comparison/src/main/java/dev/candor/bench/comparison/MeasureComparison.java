package dev.candor.bench.comparison;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Times GET /api/v1/openings/{id}/comparison as a client sees it (warm: after warm-up calls), one call at a time,
 * and reports the SQL statement count Candor sends back when started with
 * CANDOR_COMPARISON_COUNT_SQL_STATEMENTS=true.
 *
 * <pre>java -cp comparison-bench.jar dev.candor.bench.comparison.MeasureComparison BASE_URL TOKEN OPENING [CALLS] [WARMUP] [QUERY]</pre>
 */
public final class MeasureComparison {

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String token = args[1];
        long opening = Long.parseLong(args[2]);
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        String query = args.length > 5 ? args[5] : "";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/openings/" + opening + "/comparison" + query))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120)).GET().build();
        for (int i = 0; i < warmup; i++) {
            check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        }
        double[] millis = new double[calls];
        String statements = "?";
        int bytes = 0;
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis[i] = (System.nanoTime() - start) / 1e6;
            check(response);
            statements = response.headers().firstValue("X-Candor-SQL-Statements").orElse("(not counted)");
            bytes = response.body().length;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("opening %d%s: %d calls after %d warm-up; median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms;"
                        + " SQL statements per call %s; response %d bytes%n", opening, query, calls, warmup,
                percentile(sorted, 50), percentile(sorted, 95), sorted[0], sorted[sorted.length - 1], statements, bytes);
    }

    private static void check(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + new String(response.body()));
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
