package dev.candor.comparison.application;

import java.util.List;
import java.util.Map;

/**
 * What a capability above comparison adds to the candidate report, the opening comparison and the
 * debrief pack, without comparison depending on it: the debrief capability implements this port
 * (decision rules, data-quality flags, blind pseudonyms, the recorded decision). {@link
 * Comparisons} looks implementations up with {@code Instance<>}; with none deployed, reports carry
 * no rules or flags and show names.
 */
public interface ComparisonAdditions {

    /** Rules, flags and the name to show for the candidate of this report. */
    CandidateAdditions forCandidate(CandidateReport report);

    /**
     * The same for each candidate of an opening comparison, by candidate id.
     *
     * @param ratersByCompetency per candidate, how many interviewers rated each competency
     */
    Map<Long, CandidateAdditions> forOpening(
            OpeningComparison comparison, Map<Long, Map<String, Integer>> ratersByCompetency);

    /** Sections to print at the end of the candidate's PDF debrief pack (the decision record). */
    List<PdfSection> debriefPackSections(CandidateReport report);

    /**
     * @param shownName the candidate's name, or their pseudonym in a blind opening until decided
     * @param rulesSummary the rules in a sentence ("Meets 3 of 4 rules — …")
     */
    record CandidateAdditions(
            String shownName,
            boolean pseudonym,
            List<RuleView> rules,
            String rulesSummary,
            List<FlagView> flags) {

        public static CandidateAdditions none(String name) {
            return new CandidateAdditions(name, false, List.of(), null, List.of());
        }
    }

    /** One decision rule checked for one candidate. */
    record RuleView(String rule, boolean met, String detail) {}

    /**
     * A data-quality flag beside a scorecard.
     *
     * @param id stable id for {@code POST /api/v1/flags/{id}/review}
     * @param words the matched words of a language flag, to highlight
     * @param reviewReason null until a recruiter reviewed the flag
     */
    record FlagView(
            String id,
            String kind,
            String label,
            long scorecardId,
            String interviewer,
            String detail,
            List<String> words,
            boolean reviewed,
            String reviewReason,
            String reviewedBy) {}

    /** A titled block of lines for the PDF. */
    record PdfSection(String title, List<String> lines) {}
}
