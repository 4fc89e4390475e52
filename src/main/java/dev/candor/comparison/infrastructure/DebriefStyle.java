package dev.candor.comparison.infrastructure;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** The debrief pack's fonts and table cells. */
final class DebriefStyle {

    // Embedded with Unicode encoding, so names and notes in any Latin, Greek or Cyrillic script
    // print as typed.
    static final BaseFont REGULAR = embedded("liberation/LiberationSans-Regular.ttf");
    static final BaseFont STRONG = embedded("liberation/LiberationSans-Bold.ttf");
    static final Font TITLE = new Font(STRONG, 16);
    static final Font HEADING = new Font(STRONG, 12);
    static final Font BODY = new Font(REGULAR, 9);
    static final Font BOLD = new Font(STRONG, 9);
    static final Font SMALL = new Font(REGULAR, 8, Font.NORMAL, Color.DARK_GRAY);

    private DebriefStyle() {}

    private static BaseFont embedded(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException(
                    "The debrief PDF's font " + resource + " is not on the class path", e);
        }
    }

    static void header(PdfPTable table, String... labels) {
        for (String label : labels) {
            table.addCell(headerCell(label));
        }
    }

    static PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(new Color(0xdd, 0xe6, 0xf0));
        return cell;
    }

    static PdfPCell cell(String text) {
        return new PdfPCell(new Phrase(text == null ? "" : text, BODY));
    }
}
