package dev.candor.comparison.infrastructure;

import dev.candor.comparison.application.Leniency;
import dev.candor.comparison.application.OpeningComparison;
import dev.candor.comparison.application.RankedCandidate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The opening comparison as CSV (Commons CSV) and XLSX (Apache POI). A statistic that is not
 * defined is an empty cell; the XLSX's "About" sheet says so, and says whether panel scores are
 * adjusted for rater leniency.
 */
public final class ComparisonExports {

    private ComparisonExports() {}

    static List<String> header(OpeningComparison comparison) {
        List<String> header =
                new ArrayList<>(
                        List.of(
                                ExportTexts.get("comparison.col.rank"),
                                ExportTexts.get("comparison.col.candidate"),
                                ExportTexts.get("comparison.col.status"),
                                ExportTexts.get("comparison.col.stage"),
                                ExportTexts.get(
                                        comparison.adjusted()
                                                ? "comparison.col.panelScoreAdjusted"
                                                : "comparison.col.panelScore"),
                                ExportTexts.get("comparison.col.lower"),
                                ExportTexts.get("comparison.col.upper"),
                                ExportTexts.get("comparison.col.interviewers")));
        header.addAll(comparison.competencies());
        header.addAll(
                List.of(
                        ExportTexts.get("comparison.recommendation.STRONG_NO"),
                        ExportTexts.get("comparison.recommendation.NO"),
                        ExportTexts.get("comparison.recommendation.YES"),
                        ExportTexts.get("comparison.recommendation.STRONG_YES"),
                        ExportTexts.get("comparison.col.submitted"),
                        ExportTexts.get("comparison.col.expected"),
                        "ICC(2,1)",
                        "ICC(2,k)",
                        ExportTexts.get("comparison.col.alpha")));
        return header;
    }

    /** One row per listed candidate; numbers as numbers (Double/Integer), undefined as null. */
    static List<Object> row(OpeningComparison comparison, RankedCandidate c) {
        List<Object> row =
                new ArrayList<>(
                        List.of(
                                c.rank() == null ? "" : c.rank(),
                                c.name(),
                                ExportTexts.get("comparison.status." + c.status()),
                                c.stage() == null ? "" : c.stage()));
        row.add(c.panelScore());
        row.add(c.interval() == null ? null : c.interval().lower());
        row.add(c.interval() == null ? null : c.interval().upper());
        row.add(c.interviewers());
        for (String competency : comparison.competencies()) {
            row.add(c.competencyScores().get(competency));
        }
        row.addAll(
                List.of(
                        c.tally().strongNo(),
                        c.tally().no(),
                        c.tally().yes(),
                        c.tally().strongYes(),
                        c.scorecardsSubmitted(),
                        c.scorecardsExpected()));
        row.add(c.icc21());
        row.add(c.icc2k());
        row.add(c.alphaInterval());
        return row;
    }

    public static String csv(OpeningComparison comparison) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer =
                new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader(header(comparison).toArray(String[]::new))
                                .get())) {
            for (RankedCandidate candidate : comparison.candidates()) {
                List<Object> row = row(comparison, candidate);
                printer.printRecord(row.stream().map(ComparisonExports::csvValue).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object csvValue(Object value) {
        if (value instanceof Double d) {
            return String.format(java.util.Locale.ROOT, "%.4f", d);
        }
        return value == null ? "" : value;
    }

    public static byte[] xlsx(OpeningComparison comparison, String generatedOn) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

            Sheet sheet = workbook.createSheet(ExportTexts.get("comparison.xlsx.sheetCandidates"));
            writeRow(sheet.createRow(0), new ArrayList<>(header(comparison)), bold, decimal);
            int r = 1;
            for (RankedCandidate candidate : comparison.candidates()) {
                writeRow(sheet.createRow(r++), row(comparison, candidate), null, decimal);
            }
            sheet.createFreezePane(2, 1);
            for (int col = 0; col < header(comparison).size(); col++) {
                sheet.setColumnWidth(col, col == 1 ? 28 * 256 : 14 * 256);
            }

            Sheet interviewers =
                    workbook.createSheet(ExportTexts.get("comparison.xlsx.sheetInterviewers"));
            writeRow(
                    interviewers.createRow(0),
                    List.of(
                            ExportTexts.get("comparison.col.interviewer"),
                            ExportTexts.get("comparison.col.leniency"),
                            ExportTexts.get("comparison.col.coRatedRatings"),
                            ExportTexts.get("comparison.col.coRatedCandidates")),
                    bold,
                    decimal);
            r = 1;
            for (Leniency leniency : comparison.interviewers()) {
                writeRow(
                        interviewers.createRow(r++),
                        java.util.Arrays.asList(
                                leniency.displayName(),
                                leniency.leniency(),
                                leniency.coRatedRatings(),
                                leniency.coRatedCandidates()),
                        null,
                        decimal);
            }
            interviewers.setColumnWidth(0, 28 * 256);

            Sheet about = workbook.createSheet(ExportTexts.get("comparison.xlsx.sheetAbout"));
            List<List<Object>> lines =
                    List.of(
                            List.of(
                                    ExportTexts.get("comparison.xlsx.opening"),
                                    comparison.openingTitle()),
                            List.of(ExportTexts.get("comparison.xlsx.generated"), generatedOn),
                            List.of(
                                    ExportTexts.get("comparison.xlsx.scores"),
                                    ExportTexts.get(
                                            comparison.adjusted()
                                                    ? "comparison.adjustedLabel"
                                                    : "comparison.unadjustedLabel")),
                            java.util.Arrays.asList(
                                    ExportTexts.get("comparison.openingAlpha"),
                                    comparison.alphaInterval() == null
                                            ? ExportTexts.get("comparison.notEnoughData")
                                            : comparison.alphaInterval()),
                            List.of("", ExportTexts.get("comparison.explain.openingAlpha")),
                            List.of(
                                    ExportTexts.get("comparison.xlsx.blank"),
                                    ExportTexts.get("comparison.xlsx.blankMeans")),
                            List.of("ICC(2,1)", ExportTexts.get("comparison.explain.icc21")),
                            List.of("ICC(2,k)", ExportTexts.get("comparison.explain.icc2k")),
                            List.of(
                                    ExportTexts.get("comparison.col.alpha"),
                                    ExportTexts.get("comparison.explain.alpha")),
                            List.of(
                                    ExportTexts.get("comparison.col.leniency"),
                                    ExportTexts.get(
                                            "comparison.explain.leniency",
                                            comparison.minimumCoRatedCandidates())));
            r = 0;
            for (List<Object> line : lines) {
                writeRow(about.createRow(r++), line, null, decimal);
            }
            about.setColumnWidth(0, 30 * 256);
            about.setColumnWidth(1, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<?> values, CellStyle style, CellStyle decimal) {
        int col = 0;
        for (Object value : values) {
            Cell cell = row.createCell(col++);
            if (value instanceof Double d) {
                cell.setCellValue(d);
                cell.setCellStyle(decimal);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
