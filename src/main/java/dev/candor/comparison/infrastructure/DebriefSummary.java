package dev.candor.comparison.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import dev.candor.comparison.application.CandidateReport;

/**
 * The top of the debrief pack: whose report it is, for which opening and stage, how many scorecards
 * are in and whose are still pending, and the panel score with its interval.
 */
final class DebriefSummary {

    private DebriefSummary() {}

    static void add(Document document, CandidateReport report, String generatedOn) {
        document.add(
                new Paragraph(
                        ExportTexts.get("comparison.pdf.title", report.candidateName()),
                        DebriefStyle.TITLE));
        document.add(
                new Paragraph(
                        ExportTexts.get(
                                "comparison.pdf.subtitle",
                                report.openingTitle(),
                                report.stage() == null ? "" : report.stage(),
                                generatedOn),
                        DebriefStyle.SMALL));
        document.add(
                new Paragraph(
                        ExportTexts.get(
                                "comparison.submittedOf",
                                report.scorecardsSubmitted(),
                                report.scorecardsExpected()),
                        DebriefStyle.BODY));
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
                            DebriefStyle.BODY));
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
                            DebriefStyle.BOLD));
        }
    }
}
