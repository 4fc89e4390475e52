package dev.candor.comparison.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.candor.comparison.application.Agreement;
import dev.candor.comparison.application.AmendmentNote;
import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.Cell;
import dev.candor.comparison.application.ComparisonAdditions;
import dev.candor.comparison.application.CompetencyBlock;
import dev.candor.comparison.application.MatrixRow;
import dev.candor.comparison.application.QuestionFigures;
import dev.candor.comparison.application.RecommendationView;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The debrief pack: a candidate report as PDF (OpenPDF) with the matrix, the competency profile
 * chart (drawn as bars), the agreement figures with their explanations, recommendations and every
 * note.
 */
public final class DebriefPdf {

    private DebriefPdf() {}

    public static byte[] of(CandidateReport report, String generatedOn) {
        return of(report, generatedOn, List.of());
    }

    /**
     * @param sections what the capabilities above comparison add (see {@link ComparisonAdditions}),
     *     printed after the summary
     */
    public static byte[] of(
            CandidateReport report,
            String generatedOn,
            List<ComparisonAdditions.PdfSection> sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(ExportTexts.get("comparison.pdf.title", report.candidateName()));
            document.addCreator("Candor");
            document.open();
            DebriefSummary.add(document, report, generatedOn);
            for (ComparisonAdditions.PdfSection section : sections) {
                document.add(new Paragraph(section.title(), DebriefStyle.HEADING));
                section.lines()
                        .forEach(line -> document.add(new Paragraph(line, DebriefStyle.BODY)));
            }
            if (!report.hasResults()) {
                document.add(
                        new Paragraph(ExportTexts.get("comparison.noResults"), DebriefStyle.BODY));
                document.close();
                return out.toByteArray();
            }
            recommendations(document, report);
            agreement(document, report.agreement());
            document.add(
                    new Paragraph(ExportTexts.get("comparison.profile"), DebriefStyle.HEADING));
            document.add(
                    DebriefChart.of(
                            writer, report, DebriefStyle.BODY.getCalculatedBaseFont(false)));
            document.add(new Paragraph(ExportTexts.get("comparison.matrix"), DebriefStyle.HEADING));
            document.add(DebriefMatrix.of(report));
            discussFirst(document, report);
            notes(document, report);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the debrief PDF", e);
        }
        return out.toByteArray();
    }

    private static void recommendations(Document document, CandidateReport report) {
        document.add(
                new Paragraph(ExportTexts.get("comparison.recommendations"), DebriefStyle.HEADING));
        document.add(
                new Paragraph(
                        ExportTexts.get(
                                "comparison.tallyText",
                                report.tally().strongYes(),
                                report.tally().yes(),
                                report.tally().no(),
                                report.tally().strongNo()),
                        DebriefStyle.BODY));
        PdfPTable table = new PdfPTable(new float[] {2, 1.4f, 1.4f, 6});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        DebriefStyle.header(
                table,
                ExportTexts.get("comparison.col.interviewer"),
                ExportTexts.get("comparison.col.stage"),
                ExportTexts.get("comparison.col.recommendation"),
                ExportTexts.get("comparison.col.summary"));
        for (RecommendationView r : report.recommendations()) {
            table.addCell(DebriefStyle.cell(r.displayName()));
            table.addCell(DebriefStyle.cell(r.stage()));
            table.addCell(DebriefStyle.cell(ExportTexts.recommendation(r.recommendation())));
            StringBuilder summary = new StringBuilder(r.summary() == null ? "" : r.summary());
            for (AmendmentNote note : r.amendments()) {
                summary.append("\n")
                        .append(ExportTexts.get("comparison.amendedBecause", note.reason()));
            }
            if (r.amended() && r.amendments().isEmpty()) {
                summary.append("\n").append(ExportTexts.get("comparison.amended"));
            }
            table.addCell(DebriefStyle.cell(summary.toString()));
        }
        document.add(table);
    }

    private static void agreement(Document document, Agreement agreement) {
        document.add(new Paragraph(ExportTexts.get("comparison.agreement"), DebriefStyle.HEADING));
        document.add(
                new Paragraph(ExportTexts.get("comparison.level.candidate"), DebriefStyle.SMALL));
        PdfPTable table = new PdfPTable(new float[] {1.5f, 1, 7});
        table.setWidthPercentage(100);
        table.addCell(DebriefStyle.cell("ICC(2,1)"));
        table.addCell(DebriefStyle.cell(ExportTexts.number(agreement.icc21())));
        table.addCell(DebriefStyle.cell(ExportTexts.get("comparison.explain.icc21")));
        table.addCell(DebriefStyle.cell("ICC(2,k)"));
        table.addCell(DebriefStyle.cell(ExportTexts.number(agreement.icc2k())));
        table.addCell(DebriefStyle.cell(ExportTexts.get("comparison.explain.icc2k")));
        table.addCell(DebriefStyle.cell(ExportTexts.get("comparison.col.alpha")));
        table.addCell(DebriefStyle.cell(ExportTexts.number(agreement.alphaInterval())));
        table.addCell(DebriefStyle.cell(ExportTexts.get("comparison.explain.alpha")));
        document.add(table);
        document.add(
                new Paragraph(
                        ExportTexts.get(
                                "comparison.iccBasis",
                                agreement.iccQuestions(),
                                agreement.iccRaters()),
                        DebriefStyle.SMALL));
    }

    private static void discussFirst(Document document, CandidateReport report) {
        document.add(
                new Paragraph(ExportTexts.get("comparison.discussFirst"), DebriefStyle.HEADING));
        com.lowagie.text.List list = new com.lowagie.text.List(true, 12);
        for (QuestionFigures f : report.discussFirst()) {
            if (f.range() > 0) {
                list.add(
                        new com.lowagie.text.ListItem(
                                ExportTexts.get(
                                        "comparison.pdf.discussLine",
                                        f.text(),
                                        (int) f.lowest(),
                                        (int) f.highest()),
                                DebriefStyle.BODY));
            }
        }
        if (list.isEmpty()) {
            document.add(
                    new Paragraph(ExportTexts.get("comparison.noDisagreement"), DebriefStyle.BODY));
        } else {
            document.add(list);
        }
    }

    private static void notes(Document document, CandidateReport report) {
        document.add(new Paragraph(ExportTexts.get("comparison.notes"), DebriefStyle.HEADING));
        for (CompetencyBlock block : report.matrix()) {
            for (MatrixRow row : block.questions()) {
                Paragraph question = new Paragraph(row.text(), DebriefStyle.BOLD);
                question.setSpacingBefore(4);
                document.add(question);
                for (int i = 0; i < row.cells().size(); i++) {
                    Cell c = row.cells().get(i);
                    String who = report.interviewers().get(i).displayName();
                    if (c.skipped()) {
                        document.add(
                                new Paragraph(
                                        who
                                                + ": "
                                                + ExportTexts.get(
                                                        "comparison.skippedBecause",
                                                        c.skipReason() == null
                                                                ? ""
                                                                : c.skipReason()),
                                        DebriefStyle.BODY));
                    }
                    if (c.hasNotes()) {
                        Paragraph note = new Paragraph();
                        note.add(
                                new Chunk(
                                        who + (c.scored() ? " (" + c.score() + ")" : "") + ": ",
                                        DebriefStyle.BOLD));
                        note.add(new Chunk(c.notes(), DebriefStyle.BODY));
                        document.add(note);
                    }
                }
            }
        }
    }
}
