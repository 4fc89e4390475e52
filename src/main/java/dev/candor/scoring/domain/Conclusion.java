package dev.candor.scoring.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interviewer's overall call and summary, saved as a draft while scoring and fixed on
 * submission. Either may be missing in a draft. The summary is kept exactly as typed; only an empty
 * string is read as "nothing" (null).
 */
public record Conclusion(Recommendation recommendation, String summary) {

    static final String SUMMARY_TOO_LONG =
            "A summary has at most " + SubmissionRules.MAX_SUMMARY + " characters.";

    public Conclusion {
        summary = summary == null || summary.isEmpty() ? null : summary;
    }

    /** What makes this draft unsavable, keyed by field; empty when it is fine. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (summary != null && summary.length() > SubmissionRules.MAX_SUMMARY) {
            problems.put("summary", SUMMARY_TOO_LONG + " Nothing was cut; please shorten it.");
        }
        return problems;
    }
}
