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
 * one go.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    /** The default of {@code candor.resume.max-bytes}, 5 MiB, as the résumé upload has it. */
    static final long DEFAULT_RESUME_MAX_BYTES = 5L * 1024 * 1024;

    /** Where a résumé is uploaded: the API, and the candidate's page. */
    private static final Pattern RESUME =
            Pattern.compile(".*(/api/v1/candidates/[0-9]+/resume|/openings/candidate\\.xhtml)");

    private long maxBytes;

    private long resumeMaxBytes;

    @Override
    public void init() {
        maxBytes =
                ConfigProvider.getConfig()
                        .getOptionalValue("candor.request.max-bytes", Long.class)
                        .orElse(DEFAULT_MAX_BYTES);
        // A megabyte of slack: a file just over the résumé limit is read and refused by the
        // résumé service, whose answer names the limit in megabytes.
        resumeMaxBytes =
                Math.max(
                        maxBytes,
                        ConfigProvider.getConfig()
                                        .getOptionalValue("candor.resume.max-bytes", Long.class)
                                        .orElse(DEFAULT_RESUME_MAX_BYTES)
                                + 1024 * 1024);
    }

    /** A résumé upload has its own, larger limit, which the résumé service enforces as well. */
    private long limitFor(HttpServletRequest request) {
        return RESUME.matcher(request.getRequestURI()).matches() ? resumeMaxBytes : maxBytes;
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            Problem.write(
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Request too large",
                    "The request body has "
                            + request.getContentLengthLong()
                            + " bytes; Candor takes at most "
                            + limit
                            + ". Nothing was stored: split the file or shorten the text.");
            return;
        }
        chain.doFilter(request, response);
    }
}
