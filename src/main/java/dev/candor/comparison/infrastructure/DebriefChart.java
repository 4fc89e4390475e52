package dev.candor.comparison.infrastructure;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.CompetencyFigures;
import dev.candor.comparison.application.Interviewer;
import java.awt.Color;
import java.util.List;

/** The debrief pack's competency profile: horizontal bars drawn on the PDF's canvas. */
final class DebriefChart {

    private static final Color[] SERIES = {
        new Color(0x1f, 0x77, 0xb4),
        new Color(0xff, 0x7f, 0x0e),
        new Color(0x2c, 0xa0, 0x2c),
        new Color(0xd6, 0x27, 0x28),
        new Color(0x94, 0x67, 0xbd),
        new Color(0x8c, 0x56, 0x4b)
    };

    private DebriefChart() {}

    /**
     * Horizontal bars: per competency the panel mean (grey) and each interviewer's mean (coloured),
     * scale 1-5.
     */
    static Image of(PdfWriter writer, CandidateReport report, BaseFont font)
            throws DocumentException {
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
}
