package dev.candor.comparison.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.candor.comparison.application.CandidateHeader;
import dev.candor.comparison.application.CandidateRow;
import dev.candor.comparison.application.OpeningComparison;
import dev.candor.comparison.application.RatingRow;
import dev.candor.comparison.application.ReportAssembly;
import dev.candor.comparison.application.ReportAssembly.Filter;
import dev.candor.comparison.application.SeatRow;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportsTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private static SeatRow seat(long candidate, String interviewer) {
        return new SeatRow(
                candidate,
                10 + candidate,
                "Onsite",
                1,
                T,
                interviewer,
                interviewer,
                100 * candidate + interviewer.length(),
                "SUBMITTED",
                "YES",
                "Solid answers",
                T,
                false);
    }

    private static RatingRow rating(long candidate, String interviewer, long question, int score) {
        return new RatingRow(
                candidate,
                interviewer,
                10 + candidate,
                "Onsite",
                question,
                (int) question,
                score,
                false,
                null,
                "Question text " + question,
                question == 1 ? "Ownership" : "Teamwork",
                "Note by " + interviewer + " on " + question);
    }

    private static OpeningComparison comparison(boolean adjusted) {
        List<SeatRow> seats = new ArrayList<>();
        List<RatingRow> rows = new ArrayList<>();
        for (long c = 1; c <= 2; c++) {
            for (String u : List.of("amy", "bob")) {
                seats.add(seat(c, u));
                rows.add(rating(c, u, 1, u.equals("amy") ? 4 : 3));
                rows.add(rating(c, u, 2, c == 1 ? 5 : 2));
            }
        }
        return ReportAssembly.openingComparison(
                3,
                "Senior Développeur / Backend",
                List.of(
                        new CandidateRow(1, "Ada", "ACTIVE"),
                        new CandidateRow(2, "Ben", "ACTIVE"),
                        new CandidateRow(3, "Cy", "ACTIVE")),
                seats,
                rows,
                Set.of(),
                adjusted,
                Filter.ALL);
    }

    @Test
    void file_names_carry_a_slug_of_the_title_the_kind_and_the_date() {
        assertEquals(
                "candor-senior-developpeur-backend-comparison-2026-11-26.xlsx",
                FileNames.of(
                        "Senior Développeur / Backend",
                        "comparison",
                        LocalDate.of(2026, 11, 26),
                        "xlsx"));
        assertEquals(
                "candor-untitled-debrief-2026-11-26.pdf",
                FileNames.of("  ", "debrief", LocalDate.of(2026, 11, 26), "pdf"));
    }

    @Test
    void the_csv_has_a_row_per_candidate_and_leaves_undefined_statistics_empty() {
        String[] lines = ComparisonExports.csv(comparison(false)).split("\r\n");
        assertEquals(4, lines.length);
        assertTrue(
                lines[0].startsWith(
                        "Rank,Candidate,Status,Stage,Panel score,Interval low,Interval high,"
                                + "Interviewers,Ownership,Teamwork,Strong no,No,Yes,Strong yes,Submitted,Expected,\"ICC(2,1)\",\"ICC(2,k)\","),
                lines[0]);
        assertTrue(lines[1].startsWith("1,Ada,Active,Onsite,4.2500,"), lines[1]);
        // Cy has no scorecards: no rank, no score, no figures, nothing made up.
        assertTrue(lines[3].endsWith(",Cy,Active,,,,,0,,,0,0,0,0,0,0,,,"), lines[3]);
    }

    @Test
    void the_xlsx_says_when_scores_are_adjusted_and_keeps_numbers_as_numbers() throws Exception {
        byte[] xlsx = ComparisonExports.xlsx(comparison(true), "2026-11-26");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(
                    "Panel score (adjusted)",
                    workbook.getSheet("Candidates").getRow(0).getCell(4).getStringCellValue());
            assertEquals(
                    "Ada",
                    workbook.getSheet("Candidates").getRow(1).getCell(1).getStringCellValue());
            assertEquals(
                    2, workbook.getSheet("Candidates").getRow(1).getCell(7).getNumericCellValue());
            assertEquals(
                    "Adjusted for rater leniency",
                    workbook.getSheet("About").getRow(2).getCell(1).getStringCellValue());
            assertEquals(
                    "amy",
                    workbook.getSheet("Interviewers").getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void the_debrief_pdf_prints_names_and_notes_beyond_latin_1_as_typed() throws Exception {
        List<SeatRow> seats = List.of(seat(1, "łukasz"), seat(1, "σοφία"));
        List<RatingRow> rows = List.of(rating(1, "łukasz", 1, 4), rating(1, "σοφία", 1, 3));
        byte[] pdf =
                DebriefPdf.of(
                        ReportAssembly.candidateReport(
                                new CandidateHeader(1, "Antonín Dvořák", "ACTIVE", 3, "Backend"),
                                seats,
                                rows,
                                List.of(),
                                2),
                        "2026-11-26");

        String all = textOf(pdf);
        assertTrue(all.contains("Debrief pack: Antonín Dvořák"), all);
        assertTrue(all.contains("Note by łukasz on 1"), all);
        assertTrue(all.contains("Note by σοφία on 1"), all);
        String chartLegend =
                all.lines().filter(line -> line.contains("Panel mean")).findFirst().orElseThrow();
        assertTrue(
                chartLegend.contains("łukasz") && chartLegend.contains("σοφία"),
                "the profile chart draws its own text, with no fallback font: " + chartLegend);
    }

    private static String textOf(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    @Test
    void the_debrief_pdf_holds_the_recommendations_agreement_matrix_and_notes() throws Exception {
        List<SeatRow> seats = List.of(seat(1, "amy"), seat(1, "bob"));
        List<RatingRow> rows =
                List.of(
                        rating(1, "amy", 1, 4),
                        rating(1, "bob", 1, 2),
                        rating(1, "amy", 2, 3),
                        rating(1, "bob", 2, 3));
        byte[] pdf =
                DebriefPdf.of(
                        ReportAssembly.candidateReport(
                                new CandidateHeader(1, "Ada Lovelace", "ACTIVE", 3, "Backend"),
                                seats,
                                rows,
                                List.of(),
                                2),
                        "2026-11-26");

        String all = textOf(pdf);
        assertTrue(all.contains("Debrief pack: Ada Lovelace"), all);
        assertTrue(all.contains("2 of 2 submitted"), all);
        assertTrue(all.contains("Solid answers"), all);
        assertTrue(all.contains("ICC(2,1)"), all);
        assertTrue(all.contains("Competency profile"), all);
        assertTrue(all.contains("Disagreement"), all);
        assertTrue(all.contains("Note by bob on 1"), all);
    }
}
