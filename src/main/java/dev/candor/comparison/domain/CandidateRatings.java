package dev.candor.comparison.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * One candidate's ratings, laid out once as questions by interviewers, from which the candidate's
 * scores, question statistics and panel agreement are read.
 */
public final class CandidateRatings {

    private final String candidate;
    private final List<String> questions;
    private final List<String> competencies;
    private final List<String> interviewers;
    private final RatingTable scores;

    private CandidateRatings(
            String candidate,
            List<String> questions,
            List<String> competencies,
            List<String> interviewers,
            RatingTable scores) {
        this.candidate = candidate;
        this.questions = questions;
        this.competencies = competencies;
        this.interviewers = interviewers;
        this.scores = scores;
    }

    /**
     * @param ratings this candidate's ratings, at most one per interviewer and question
     */
    public static CandidateRatings of(String candidate, Collection<InterviewerScore> ratings) {
        Map<String, Integer> questionIndex = new LinkedHashMap<>();
        Map<String, Integer> interviewerIndex = new LinkedHashMap<>();
        List<String> competencies = new ArrayList<>();
        int[] questionOf = new int[ratings.size()];
        int[] interviewerOf = new int[ratings.size()];
        int[] scoreOf = new int[ratings.size()];
        int row = 0;
        for (InterviewerScore rating : ratings) {
            if (!rating.candidate().equals(candidate)) {
                throw new IllegalArgumentException(
                        "rating " + rating + " is not for candidate " + candidate);
            }
            Integer known = questionIndex.putIfAbsent(rating.question(), questionIndex.size());
            if (known == null) {
                competencies.add(rating.competency());
            } else if (!competencies.get(known).equals(rating.competency())) {
                throw new IllegalArgumentException(
                        "question "
                                + rating.question()
                                + " is in competency "
                                + competencies.get(known)
                                + ", not "
                                + rating.competency());
            }
            Integer interviewer =
                    interviewerIndex.putIfAbsent(rating.interviewer(), interviewerIndex.size());
            questionOf[row] = known == null ? questionIndex.size() - 1 : known;
            interviewerOf[row] = interviewer == null ? interviewerIndex.size() - 1 : interviewer;
            scoreOf[row++] = rating.score();
        }
        RatingTable.Builder scores =
                new RatingTable.Builder(questionIndex.size(), interviewerIndex.size());
        for (int i = 0; i < row; i++) {
            scores.rate(questionOf[i], interviewerOf[i], scoreOf[i]);
        }
        return new CandidateRatings(
                candidate,
                List.copyOf(questionIndex.keySet()),
                List.copyOf(competencies),
                List.copyOf(interviewerIndex.keySet()),
                scores.build());
    }

    public String candidate() {
        return candidate;
    }

    /** The interviewers who rated this candidate, in the order they first appear in the ratings. */
    public List<String> interviewers() {
        return interviewers;
    }

    /** Questions as targets, interviewers (in the order of {@link #interviewers()}) as raters. */
    public RatingTable scores() {
        return scores;
    }

    /** Each interviewer's own score for the candidate: the mean of the questions they scored. */
    public Map<String, Double> interviewerScores() {
        InterviewerTotals totals = totalsOver(question -> true);
        Map<String, Double> byInterviewer = new LinkedHashMap<>();
        for (int interviewer = 0; interviewer < interviewers.size(); interviewer++) {
            if (totals.counts[interviewer] > 0) {
                byInterviewer.put(interviewers.get(interviewer), totals.mean(interviewer));
            }
        }
        return byInterviewer;
    }

    public PanelScore panelScore() {
        return PanelScore.of(totalsOver(question -> true).means());
    }

    /** The panel score with each interviewer's leniency, where known, taken off their scores. */
    public PanelScore adjustedPanelScore(Map<String, Double> leniencyByInterviewer) {
        double[] offsets = new double[interviewers.size()];
        for (int interviewer = 0; interviewer < offsets.length; interviewer++) {
            offsets[interviewer] =
                    leniencyByInterviewer.getOrDefault(interviewers.get(interviewer), 0.0);
        }
        return PanelScore.of(totalsOver(question -> true).adjustedMeans(offsets));
    }

    /**
     * Panel scores per competency, each over the interviewers who scored a question of that
     * competency.
     */
    public Map<String, PanelScore> competencyScores() {
        Map<String, PanelScore> byCompetency = new LinkedHashMap<>();
        for (String competency : competencies) {
            byCompetency.computeIfAbsent(
                    competency,
                    c ->
                            PanelScore.of(
                                    totalsOver(question -> competencies.get(question).equals(c))
                                            .means()));
        }
        return byCompetency;
    }

    /** Statistics per question, in the order the questions first appear in the ratings. */
    public List<QuestionStatistics> questionStatistics(double disagreementThreshold) {
        List<QuestionStatistics> statistics = new ArrayList<>(questions.size());
        for (int question = 0; question < questions.size(); question++) {
            statistics.add(
                    QuestionStatistics.of(
                            questions.get(question),
                            competencies.get(question),
                            scoresOn(question),
                            disagreementThreshold));
        }
        return statistics;
    }

    public PanelAgreement agreement() {
        return new PanelAgreement(
                IntraclassCorrelation.of(scores), KrippendorffAlpha.interval(scores));
    }

    private InterviewerTotals totalsOver(IntPredicate selectedQuestion) {
        InterviewerTotals totals = new InterviewerTotals(interviewers.size());
        for (int question = 0; question < questions.size(); question++) {
            if (selectedQuestion.test(question)) {
                for (int interviewer = 0; interviewer < interviewers.size(); interviewer++) {
                    if (scores.isRated(question, interviewer)) {
                        totals.sums[interviewer] += scores.value(question, interviewer);
                        totals.counts[interviewer]++;
                    }
                }
            }
        }
        return totals;
    }

    private double[] scoresOn(int question) {
        double[] values = new double[interviewers.size()];
        int count = 0;
        for (int interviewer = 0; interviewer < interviewers.size(); interviewer++) {
            if (scores.isRated(question, interviewer)) {
                values[count++] = scores.value(question, interviewer);
            }
        }
        return Arrays.copyOf(values, count);
    }

    private static final class InterviewerTotals {

        final double[] sums;
        final int[] counts;

        InterviewerTotals(int interviewers) {
            sums = new double[interviewers];
            counts = new int[interviewers];
        }

        double mean(int interviewer) {
            return sums[interviewer] / counts[interviewer];
        }

        double[] means() {
            return adjustedMeans(new double[sums.length]);
        }

        /**
         * The means, less offsets, of the interviewers who scored anything; the others have no
         * score to average.
         */
        double[] adjustedMeans(double[] offsets) {
            double[] means = new double[sums.length];
            int scored = 0;
            for (int interviewer = 0; interviewer < sums.length; interviewer++) {
                if (counts[interviewer] > 0) {
                    means[scored++] = mean(interviewer) - offsets[interviewer];
                }
            }
            return Arrays.copyOf(means, scored);
        }
    }
}
