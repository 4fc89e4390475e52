package dev.candor.comparison.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's matrix: a row per question, grouped by competency, a cell per interviewer. */
final class ReportMatrix {

    private ReportMatrix() {}

    static List<CompetencyBlock> of(CandidateSheet sheet, Map<String, QuestionFigures> figures) {
        Map<String, List<MatrixRow>> blocks = new LinkedHashMap<>();
        sheet.byQuestion.forEach(
                (key, its) ->
                        blocks.computeIfAbsent(sheet.competencyOf.get(key), c -> new ArrayList<>())
                                .add(row(sheet, key, its, figures.get(key))));
        List<CompetencyBlock> matrix = new ArrayList<>();
        blocks.forEach(
                (competency, questions) -> matrix.add(new CompetencyBlock(competency, questions)));
        return matrix;
    }

    private static MatrixRow row(
            CandidateSheet sheet, String key, List<RatingRow> its, QuestionFigures figures) {
        Map<String, RatingRow> byInterviewer = new HashMap<>();
        its.forEach(row -> byInterviewer.put(row.interviewer(), row));
        List<Cell> cells =
                sheet.interviewers.stream().map(u -> cell(u, byInterviewer.get(u))).toList();
        RatingRow first = its.get(0);
        return new MatrixRow(key, first.questionText(), first.stageName(), cells, figures);
    }

    private static Cell cell(String interviewer, RatingRow row) {
        if (row == null) {
            return new Cell(interviewer, "NOT_ASKED", null, null, null);
        }
        if (row.skipped() || row.score() == null) {
            return new Cell(interviewer, "SKIPPED", null, row.skipReason(), row.notes());
        }
        return new Cell(interviewer, "SCORED", row.score(), null, row.notes());
    }
}
