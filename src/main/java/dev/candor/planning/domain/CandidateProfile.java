package dev.candor.planning.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the interview kit shows about a candidate besides the résumé: links (a profile or portfolio
 * page) and where the candidate came from (a referral, a job board).
 */
public record CandidateProfile(List<String> links, String source) {

    public static final int MAX_LINKS = 5;
    public static final int LINK = 500;
    public static final int SOURCE = 100;

    public CandidateProfile {
        links =
                links == null
                        ? List.of()
                        : links.stream()
                                .filter(Objects::nonNull)
                                .map(String::strip)
                                .filter(link -> !link.isEmpty())
                                .distinct()
                                .toList();
        source = Limits.normalise(source);
    }

    public static CandidateProfile none() {
        return new CandidateProfile(List.of(), null);
    }

    /** Each problem keyed by field (links, source), as a sentence for a form or an API error. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (links.size() > MAX_LINKS) {
            problems.put(
                    "links",
                    "There are " + links.size() + " links; at most " + MAX_LINKS + " are kept.");
        } else {
            links.stream()
                    .map(CandidateProfile::linkProblem)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .ifPresent(problem -> problems.put("links", problem));
        }
        Limits.textProblem(source, SOURCE, false)
                .ifPresent(problem -> problems.put("source", "The source " + problem + "."));
        return problems;
    }

    /**
     * Only web addresses: a link is opened by interviewers, so "javascript:", "file:" and the like
     * are refused, as is anything without a host.
     */
    static String linkProblem(String link) {
        if (link.length() > LINK) {
            return "A link is " + link.length() + " characters long; at most " + LINK + ".";
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "\""
                        + link
                        + "\" is not a web address; links start with https:// or http://.";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "\"" + link + "\" names no web site; write it as https://example.com/….";
            }
            return null;
        } catch (URISyntaxException e) {
            return "\"" + link + "\" is not a web address (" + e.getReason() + ").";
        }
    }
}
