package dev.candor.comparison.application;

import dev.candor.comparison.domain.CandidateRatings;
import dev.candor.comparison.domain.InterviewerScore;
import dev.candor.comparison.domain.PanelAgreement;
import dev.candor.comparison.domain.PanelScore;
import dev.candor.comparison.domain.QuestionStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's figures from the domain's statistics: per question, per competency, agreement. */
final class ReportStatistics {

    private ReportStatistics() {}

    /** Each question's figures, in the sheet's order; empty without statistics. */
    static Map<String, QuestionFigures> questionFigures(
            CandidateRatings statistics, CandidateSheet sheet, double disagreementThreshold) {
        Map<String, QuestionFigures> figures = new LinkedHashMap<>();
        if (statistics != null) {
            for (QuestionStatistics question :
                    statistics.questionStatistics(disagreementThreshold)) {
                RatingRow first = sheet.byQuestion.get(question.question()).get(0);
                figures.put(question.question(), figures(question, first.questionText()));
            }
        }
        return figures;
    }

    /** The questions the panel disagrees on most, first. */
    static List<QuestionFigures> discussFirst(
            CandidateRatings statistics,
            Map<String, QuestionFigures> figures,
            double disagreementThreshold) {
        if (statistics == null) {
            return List.of();
        }
        return QuestionStatistics.inDiscussionOrder(
                        statistics.questionStatistics(disagreementThreshold))
                .stream()
                .map(q -> figures.get(q.question()))
                .toList();
    }

    private static QuestionFigures figures(QuestionStatistics q, String text) {
        return new QuestionFigures(
                q.question(),
                text,
                q.competency(),
                q.ratings(),
                q.mean(),
                DefinedValue.orNull(q.standardDeviation()),
                q.lowest(),
                q.highest(),
                q.range(),
                q.disagreement(),
                DefinedValue.orNull(q.withinGroupAgreement()));
    }

    static List<CompetencyFigures> competencyFigures(
            CandidateRatings statistics, CandidateSheet sheet) {
        if (statistics == null) {
            return List.of();
        }
        Map<String, Map<String, Double>> means = interviewerMeans(sheet);
        List<CompetencyFigures> figures = new ArrayList<>();
        statistics
                .competencyScores()
                .forEach(
                        (competency, score) ->
                                figures.add(
                                        competency(
                                                competency,
                                                score,
                                                means.getOrDefault(competency, Map.of()))));
        return figures;
    }

    private static CompetencyFigures competency(
            String competency, PanelScore score, Map<String, Double> byInterviewer) {
        double lowest =
                byInterviewer.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElse(score.score());
        double highest =
                byInterviewer.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(score.score());
        return new CompetencyFigures(
                competency,
                score.score(),
                Interval.of(score.interval()),
                lowest,
                highest,
                byInterviewer);
    }

    /**
     * Each interviewer's own mean per competency, for the profile chart and the range; the
     * interviewers in the sheet's order.
     */
    private static Map<String, Map<String, Double>> interviewerMeans(CandidateSheet sheet) {
        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
        for (InterviewerScore rating : sheet.ratings) {
            double[] sum =
                    sums.computeIfAbsent(rating.competency(), c -> new LinkedHashMap<>())
                            .computeIfAbsent(rating.interviewer(), u -> new double[2]);
            sum[0] += rating.score();
            sum[1]++;
        }
        Map<String, Map<String, Double>> means = new LinkedHashMap<>();
        sums.forEach(
                (competency, its) -> {
                    Map<String, Double> byInterviewer = new LinkedHashMap<>();
                    for (String interviewer : sheet.interviewers) {
                        double[] sum = its.get(interviewer);
                        if (sum != null) {
                            byInterviewer.put(interviewer, sum[0] / sum[1]);
                        }
                    }
                    means.put(competency, byInterviewer);
                });
        return means;
    }

    static Agreement agreement(CandidateRatings statistics) {
        if (statistics == null) {
            return new Agreement(Agreement.CANDIDATE_LEVEL, null, null, 0, 0, null);
        }
        PanelAgreement agreement = statistics.agreement();
        return new Agreement(
                Agreement.CANDIDATE_LEVEL,
                DefinedValue.orNull(agreement.intraclassCorrelation().icc21()),
                DefinedValue.orNull(agreement.intraclassCorrelation().icc2k()),
                agreement.intraclassCorrelation().targets(),
                agreement.intraclassCorrelation().raters(),
                DefinedValue.orNull(agreement.alpha()));
    }
}
