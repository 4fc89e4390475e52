package dev.candor.comparison.infrastructure;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.Cell;
import dev.candor.comparison.application.CompetencyBlock;
import dev.candor.comparison.application.Interviewer;
import dev.candor.comparison.application.MatrixRow;
import dev.candor.comparison.application.QuestionFigures;
import java.awt.Color;
import java.util.List;

/**
 * The debrief pack's matrix: every question grouped by competency, each interviewer's score or
 * skip, and the question's figures (mean, spread, range, agreement) with a disagreement flag.
 */
final class DebriefMatrix {

    private DebriefMatrix() {}

    /** The table of scores: a row per question under its competency, a column per interviewer. */
    static PdfPTable of(CandidateReport report) {
        List<Interviewer> interviewers = report.interviewers();
        float[] widths = new float[interviewers.size() + 2];
        widths[0] = 5;
        for (int i = 0; i < interviewers.size(); i++) {
            widths[i + 1] = 1.2f;
        }
        widths[widths.length - 1] = 3;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        table.addCell(DebriefStyle.headerCell(ExportTexts.get("comparison.col.question")));
        for (Interviewer interviewer : interviewers) {
            table.addCell(DebriefStyle.headerCell(interviewer.displayName()));
        }
        table.addCell(DebriefStyle.headerCell(ExportTexts.get("comparison.col.figures")));
        for (CompetencyBlock block : report.matrix()) {
            PdfPCell group = new PdfPCell(new Phrase(block.competency(), DebriefStyle.BOLD));
            group.setColspan(widths.length);
            group.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            table.addCell(group);
            block.questions().forEach(row -> addRow(table, row));
        }
        return table;
    }

    private static void addRow(PdfPTable table, MatrixRow row) {
        table.addCell(
                DebriefStyle.cell(
                        row.text() + (row.stage() == null ? "" : "  (" + row.stage() + ")")));
        for (Cell c : row.cells()) {
            table.addCell(DebriefStyle.cell(score(c)));
        }
        table.addCell(DebriefStyle.cell(figures(row.figures())));
    }

    private static String score(Cell c) {
        if (c.scored()) {
            return Integer.toString(c.score());
        }
        return c.skipped() ? ExportTexts.get("comparison.skipped") : "\u2013";
    }

    private static String figures(QuestionFigures f) {
        if (f == null) {
            return ExportTexts.get("comparison.allSkipped");
        }
        String figures =
                ExportTexts.get(
                        "comparison.pdf.figures",
                        ExportTexts.number(f.mean()),
                        ExportTexts.number(f.standardDeviation()),
                        (int) f.lowest(),
                        (int) f.highest(),
                        ExportTexts.number(f.rwg()));
        return f.disagreement()
                ? figures + "  " + ExportTexts.get("comparison.disagreement")
                : figures;
    }
}
