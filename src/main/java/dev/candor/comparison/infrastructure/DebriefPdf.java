package dev.candor.comparison.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.candor.comparison.application.Agreement;
import dev.candor.comparison.application.AmendmentNote;
import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.Cell;
import dev.candor.comparison.application.CompetencyBlock;
import dev.candor.comparison.application.CompetencyFigures;
import dev.candor.comparison.application.Interviewer;
import dev.candor.comparison.application.MatrixRow;
import dev.candor.comparison.application.QuestionFigures;
import dev.candor.comparison.application.RecommendationView;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The debrief pack: a candidate report as PDF (OpenPDF) with the matrix, the competency profile
 * chart (drawn as bars), the agreement figures with their explanations, recommendations and every
 * note.
 */
public final class DebriefPdf {

    // Embedded with Unicode encoding, so names and notes in any Latin, Greek or Cyrillic script
    // print as typed.
    private static final BaseFont REGULAR = embedded("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont STRONG = embedded("liberation/LiberationSans-Bold.ttf");
    private static final Font TITLE = new Font(STRONG, 16);
    private static final Font HEADING = new Font(STRONG, 12);
    private static final Font BODY = new Font(REGULAR, 9);
    private static final Font BOLD = new Font(STRONG, 9);
    private static final Font SMALL = new Font(REGULAR, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final Color[] SERIES = {
        new Color(0x1f, 0x77, 0xb4),
        new Color(0xff, 0x7f, 0x0e),
        new Color(0x2c, 0xa0, 0x2c),
        new Color(0xd6, 0x27, 0x28),
        new Color(0x94, 0x67, 0xbd),
        new Color(0x8c, 0x56, 0x4b)
    };

    private DebriefPdf() {}

    private static BaseFont embedded(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException(
                    "The debrief PDF's font " + resource + " is not on the class path", e);
        }
    }

    public static byte[] of(CandidateReport report, String generatedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(ExportTexts.get("comparison.pdf.title", report.candidateName()));
            document.addCreator("Candor");
            document.open();
            document.add(
                    new Paragraph(
                            ExportTexts.get("comparison.pdf.title", report.candidateName()),
                            TITLE));
            document.add(
                    new Paragraph(
                            ExportTexts.get(
                                    "comparison.pdf.subtitle",
                                    report.openingTitle(),
                                    report.stage() == null ? "" : report.stage(),
                                    generatedOn),
                            SMALL));
            document.add(
                    new Paragraph(
                            ExportTexts.get(
                                    "comparison.submittedOf",
                                    report.scorecardsSubmitted(),
                                    report.scorecardsExpected()),
                            BODY));
            if (!report.pending().isEmpty()) {
                document.add(
                        new Paragraph(
                                ExportTexts.get(
                                        "comparison.pendingList",
                                        String.join(
                                                ", ",
                                                report.pending().stream()
                                                        .map(p -> p.displayName())
                                                        .toList())),
                                BODY));
            }
            if (report.panelScore() != null) {
                String interval =
                        report.panelScore().interval() == null
                                ? ExportTexts.get("comparison.noInterval")
                                : ExportTexts.get(
                                        "comparison.intervalText",
                                        ExportTexts.number(report.panelScore().interval().lower()),
                                        ExportTexts.number(report.panelScore().interval().upper()));
                document.add(
                        new Paragraph(
                                ExportTexts.get(
                                        "comparison.pdf.panelScore",
                                        ExportTexts.number(report.panelScore().score()),
                                        interval),
                                BOLD));
            }
            if (!report.hasResults()) {
                document.add(new Paragraph(ExportTexts.get("comparison.noResults"), BODY));
                document.close();
                return out.toByteArray();
            }
            recommendations(document, report);
            agreement(document, report.agreement());
            document.add(new Paragraph(ExportTexts.get("comparison.profile"), HEADING));
            document.add(chart(writer, report));
            matrix(document, report);
            discussFirst(document, report);
            notes(document, report);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the debrief PDF", e);
        }
        return out.toByteArray();
    }

    private static void recommendations(Document document, CandidateReport report) {
        document.add(new Paragraph(ExportTexts.get("comparison.recommendations"), HEADING));
        document.add(
                new Paragraph(
                        ExportTexts.get(
                                "comparison.tallyText",
                                report.tally().strongYes(),
                                report.tally().yes(),
                                report.tally().no(),
                                report.tally().strongNo()),
                        BODY));
        PdfPTable table = new PdfPTable(new float[] {2, 1.4f, 1.4f, 6});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        header(
                table,
                ExportTexts.get("comparison.col.interviewer"),
                ExportTexts.get("comparison.col.stage"),
                ExportTexts.get("comparison.col.recommendation"),
                ExportTexts.get("comparison.col.summary"));
        for (RecommendationView r : report.recommendations()) {
            table.addCell(cell(r.displayName()));
            table.addCell(cell(r.stage()));
            table.addCell(cell(ExportTexts.recommendation(r.recommendation())));
            StringBuilder summary = new StringBuilder(r.summary() == null ? "" : r.summary());
            for (AmendmentNote note : r.amendments()) {
                summary.append("\n")
                        .append(ExportTexts.get("comparison.amendedBecause", note.reason()));
            }
            if (r.amended() && r.amendments().isEmpty()) {
                summary.append("\n").append(ExportTexts.get("comparison.amended"));
            }
            table.addCell(cell(summary.toString()));
        }
        document.add(table);
    }

    private static void agreement(Document document, Agreement agreement) {
        document.add(new Paragraph(ExportTexts.get("comparison.agreement"), HEADING));
        document.add(new Paragraph(ExportTexts.get("comparison.level.candidate"), SMALL));
        PdfPTable table = new PdfPTable(new float[] {1.5f, 1, 7});
        table.setWidthPercentage(100);
        table.addCell(cell("ICC(2,1)"));
        table.addCell(cell(ExportTexts.number(agreement.icc21())));
        table.addCell(cell(ExportTexts.get("comparison.explain.icc21")));
        table.addCell(cell("ICC(2,k)"));
        table.addCell(cell(ExportTexts.number(agreement.icc2k())));
        table.addCell(cell(ExportTexts.get("comparison.explain.icc2k")));
        table.addCell(cell(ExportTexts.get("comparison.col.alpha")));
        table.addCell(cell(ExportTexts.number(agreement.alphaInterval())));
        table.addCell(cell(ExportTexts.get("comparison.explain.alpha")));
        document.add(table);
        document.add(
                new Paragraph(
                        ExportTexts.get(
                                "comparison.iccBasis",
                                agreement.iccQuestions(),
                                agreement.iccRaters()),
                        SMALL));
    }

    /**
     * Horizontal bars: per competency the panel mean (grey) and each interviewer's mean (coloured),
     * scale 1-5.
     */
    private static Image chart(PdfWriter writer, CandidateReport report) throws DocumentException {
        List<CompetencyFigures> competencies = report.competencies();
        List<Interviewer> interviewers = report.interviewers();
        float barHeight = 7;
        float groupHeight = barHeight * (interviewers.size() + 1) + 10;
        float labelWidth = 170;
        float plotWidth = 420;
        float legendHeight = 16 + 12 * ((interviewers.size() + 1 + 3) / 4);
        float height = groupHeight * competencies.size() + 24 + legendHeight;
        float width = labelWidth + plotWidth + 20;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(width, height);
        BaseFont font = BODY.getCalculatedBaseFont(false);
        float top = height - 4;
        for (int c = 0; c < competencies.size(); c++) {
            CompetencyFigures competency = competencies.get(c);
            float y = top - c * groupHeight;
            text(template, font, 8, competency.competency(), 0, y - barHeight - 2);
            bar(
                    template,
                    labelWidth,
                    y - barHeight,
                    plotWidth,
                    competency.mean(),
                    barHeight,
                    Color.GRAY);
            for (int i = 0; i < interviewers.size(); i++) {
                Double score = competency.byInterviewer().get(interviewers.get(i).username());
                if (score != null) {
                    bar(
                            template,
                            labelWidth,
                            y - barHeight * (i + 2),
                            plotWidth,
                            score,
                            barHeight - 1,
                            SERIES[i % SERIES.length]);
                }
            }
        }
        float axis = legendHeight + 12;
        template.setColorStroke(Color.BLACK);
        template.moveTo(labelWidth, axis);
        template.lineTo(labelWidth + plotWidth, axis);
        template.stroke();
        for (int score = 1; score <= 5; score++) {
            float x = labelWidth + plotWidth * score / 5f;
            template.moveTo(x, axis);
            template.lineTo(x, axis - 3);
            template.stroke();
            text(template, font, 7, Integer.toString(score), x - 2, axis - 11);
        }
        float lx = labelWidth;
        float ly = legendHeight - 12;
        legend(template, font, lx, ly, Color.GRAY, ExportTexts.get("comparison.panelMean"));
        for (int i = 0; i < interviewers.size(); i++) {
            int slot = i + 1;
            legend(
                    template,
                    font,
                    labelWidth + (slot % 4) * 105,
                    ly - 12 * (slot / 4),
                    SERIES[i % SERIES.length],
                    interviewers.get(i).displayName());
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    private static void bar(
            PdfTemplate template,
            float x,
            float y,
            float plotWidth,
            double score,
            float h,
            Color color) {
        template.setColorFill(color);
        template.rectangle(x, y, (float) (plotWidth * score / 5), h);
        template.fill();
    }

    private static void legend(
            PdfTemplate template, BaseFont font, float x, float y, Color color, String label) {
        template.setColorFill(color);
        template.rectangle(x, y, 8, 8);
        template.fill();
        text(template, font, 7, label, x + 11, y + 1);
    }

    private static void text(
            PdfTemplate template, BaseFont font, float size, String text, float x, float y) {
        template.beginText();
        template.setColorFill(Color.BLACK);
        template.setFontAndSize(font, size);
        template.setTextMatrix(x, y);
        template.showText(text.length() > 40 ? text.substring(0, 39) + "\u2026" : text);
        template.endText();
    }

    private static void matrix(Document document, CandidateReport report) {
        document.add(new Paragraph(ExportTexts.get("comparison.matrix"), HEADING));
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
        table.addCell(headerCell(ExportTexts.get("comparison.col.question")));
        for (Interviewer interviewer : interviewers) {
            table.addCell(headerCell(interviewer.displayName()));
        }
        table.addCell(headerCell(ExportTexts.get("comparison.col.figures")));
        for (CompetencyBlock block : report.matrix()) {
            PdfPCell group = new PdfPCell(new Phrase(block.competency(), BOLD));
            group.setColspan(widths.length);
            group.setBackgroundColor(new Color(0xee, 0xee, 0xee));
            table.addCell(group);
            for (MatrixRow row : block.questions()) {
                table.addCell(
                        cell(row.text() + (row.stage() == null ? "" : "  (" + row.stage() + ")")));
                for (Cell c : row.cells()) {
                    table.addCell(
                            cell(
                                    c.scored()
                                            ? Integer.toString(c.score())
                                            : c.skipped()
                                                    ? ExportTexts.get("comparison.skipped")
                                                    : "\u2013"));
                }
                QuestionFigures f = row.figures();
                table.addCell(
                        cell(
                                f == null
                                        ? ExportTexts.get("comparison.allSkipped")
                                        : ExportTexts.get(
                                                        "comparison.pdf.figures",
                                                        ExportTexts.number(f.mean()),
                                                        ExportTexts.number(f.standardDeviation()),
                                                        (int) f.lowest(),
                                                        (int) f.highest(),
                                                        ExportTexts.number(f.rwg()))
                                                + (f.disagreement()
                                                        ? "  "
                                                                + ExportTexts.get(
                                                                        "comparison.disagreement")
                                                        : "")));
            }
        }
        document.add(table);
    }

    private static void discussFirst(Document document, CandidateReport report) {
        document.add(new Paragraph(ExportTexts.get("comparison.discussFirst"), HEADING));
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
                                BODY));
            }
        }
        if (list.isEmpty()) {
            document.add(new Paragraph(ExportTexts.get("comparison.noDisagreement"), BODY));
        } else {
            document.add(list);
        }
    }

    private static void notes(Document document, CandidateReport report) {
        document.add(new Paragraph(ExportTexts.get("comparison.notes"), HEADING));
        for (CompetencyBlock block : report.matrix()) {
            for (MatrixRow row : block.questions()) {
                Paragraph question = new Paragraph(row.text(), BOLD);
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
                                        BODY));
                    }
                    if (c.hasNotes()) {
                        Paragraph note = new Paragraph();
                        note.add(
                                new Chunk(
                                        who + (c.scored() ? " (" + c.score() + ")" : "") + ": ",
                                        BOLD));
                        note.add(new Chunk(c.notes(), BODY));
                        document.add(note);
                    }
                }
            }
        }
    }

    private static void header(PdfPTable table, String... labels) {
        for (String label : labels) {
            table.addCell(headerCell(label));
        }
    }

    private static PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(new Color(0xdd, 0xe6, 0xf0));
        return cell;
    }

    private static PdfPCell cell(String text) {
        return new PdfPCell(new Phrase(text == null ? "" : text, BODY));
    }
}
