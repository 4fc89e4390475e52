package dev.candor.shared.infrastructure.web;

import dev.candor.shared.infrastructure.rest.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a request body larger than {@code candor.request.max-bytes} before anything reads it: a
 * 413 that says so, rather than a 500 from the server's own form limit or memory spent on it. The
 * default, 2 MiB, is Payara's limit for form posts, and far above any import file Candor takes in
 * one go; a résumé upload has its own, larger limit. A body up to {@value #DRAIN_FACTOR} times the
 * limit is read and dropped before the answer: a client still sending when the server closes the
 * connection would see it reset and never read the 413. Anything larger is cut off at once.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    /** The default of {@code candor.resume.max-bytes}, 5 MiB, as the résumé upload has it. */
    static final long DEFAULT_RESUME_MAX_BYTES = 5L * 1024 * 1024;

    static final int DRAIN_FACTOR = 4;

    /** Where a résumé is uploaded: the API, and the candidate's page. */
    private static final Pattern RESUME =
            Pattern.compile(".*(/api/v1/candidates/[0-9]+/resume|/openings/candidate\\.xhtml)");

    private static volatile long[] limits;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!refusedAsTooLarge(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Answers 413 when the body is over the limit. Also called by the authentication mechanism,
     * which runs before any filter and would otherwise answer 401 to an oversized anonymous call
     * with the body unread, and the connection cut.
     *
     * @return whether the request was refused (and answered)
     */
    public static boolean refusedAsTooLarge(
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        long length = request.getContentLengthLong();
        long limit = limitFor(request);
        if (length <= limit) {
            return false;
        }
        if (length <= DRAIN_FACTOR * limit) {
            drain(request);
        }
        response.setHeader("Connection", "close");
        Problem.write(
                response,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request too large",
                "The request body has "
                        + length
                        + " bytes; Candor takes at most "
                        + limit
                        + ". Nothing was stored: split the file or shorten the text.");
        return true;
    }

    /** A résumé upload has its own, larger limit, which the résumé service enforces as well. */
    private static long limitFor(HttpServletRequest request) {
        long[] known = limits();
        return RESUME.matcher(request.getRequestURI()).matches() ? known[1] : known[0];
    }

    private static long[] limits() {
        long[] known = limits;
        if (known == null) {
            var config = ConfigProvider.getConfig();
            long max =
                    config.getOptionalValue("candor.request.max-bytes", Long.class)
                            .orElse(DEFAULT_MAX_BYTES);
            // A megabyte of slack: a file just over the résumé limit is read and refused by the
            // résumé service, whose answer names the limit in megabytes.
            long resume =
                    Math.max(
                            max,
                            config.getOptionalValue("candor.resume.max-bytes", Long.class)
                                            .orElse(DEFAULT_RESUME_MAX_BYTES)
                                    + 1024 * 1024);
            known = new long[] {max, resume};
            limits = known;
        }
        return known;
    }

    private static void drain(HttpServletRequest request) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        var in = request.getInputStream();
        while (in.read(buffer) >= 0) {
            // dropped: only the answer matters
        }
    }
}
