package dev.candor.comparison.web;

import dev.candor.comparison.application.Interval;
import dev.candor.comparison.application.QuestionFigures;
import dev.candor.comparison.application.Tally;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Numbers as the comparison pages show them: two decimals, and "not enough data" where a figure is
 * undefined.
 */
@Named("cmpFormat")
@ApplicationScoped
public class ComparisonFormat {

    public String num(Double value) {
        return value == null
                ? Text.of("comparison.notEnoughData")
                : String.format(Locale.ENGLISH, "%.2f", value);
    }

    /** A signed number, for leniency: +0.40 / −0.25. */
    public String signed(Double value) {
        if (value == null) {
            return Text.of("comparison.notEnoughData");
        }
        return (value > 0 ? "+" : value < 0 ? "\u2212" : "")
                + String.format(Locale.ENGLISH, "%.2f", Math.abs(value));
    }

    public String interval(Interval interval) {
        return interval == null
                ? Text.of("comparison.noInterval")
                : Text.of("comparison.intervalText", num(interval.lower()), num(interval.upper()));
    }

    public String tally(Tally tally) {
        return Text.of(
                "comparison.tallyShort",
                tally.strongYes(),
                tally.yes(),
                tally.no(),
                tally.strongNo());
    }

    public String fmt(String key, Object a) {
        return Text.of(key, a);
    }

    public String fmt(String key, Object a, Object b) {
        return Text.of(key, a, b);
    }

    /**
     * The recommendations in few words, only the kinds given ("2 yes · 1 no"), so the column stays
     * narrow enough to be read next to the score.
     */
    public String tallyCompact(Tally tally) {
        if (tally == null || tally.total() == 0) {
            return Text.of("comparison.tally.none");
        }
        List<String> parts = new ArrayList<>();
        addCount(parts, tally.strongYes(), "comparison.tally.strongYes");
        addCount(parts, tally.yes(), "comparison.tally.yes");
        addCount(parts, tally.no(), "comparison.tally.no");
        addCount(parts, tally.strongNo(), "comparison.tally.strongNo");
        return String.join(" \u00b7 ", parts);
    }

    private static void addCount(List<String> parts, int count, String key) {
        if (count > 0) {
            parts.add(Text.of(key, count));
        }
    }

    /**
     * How well a panel agrees, in words, from ICC(2,1) (or alpha where the ICC is undefined), in
     * the bands of Koo and Li (2016): below 0.5 poor, to 0.75 moderate, above good. One phrase when
     * neither figure is defined, never "not enough data" twice.
     */
    public String agreementWord(Double icc21, Double alpha) {
        Double value = icc21 != null ? icc21 : alpha;
        if (value == null) {
            return Text.of("comparison.agreementWord.unknown");
        }
        if (value < 0) {
            return Text.of("comparison.agreementWord.disagree");
        }
        if (value < 0.5) {
            return Text.of("comparison.agreementWord.poor");
        }
        return Text.of(
                value < 0.75
                        ? "comparison.agreementWord.moderate"
                        : "comparison.agreementWord.good");
    }

    /**
     * A question's figures in one line: with a single score just that score, so an undefined spread
     * is left out instead of shown as "not enough data" twice.
     */
    public String figures(QuestionFigures f) {
        if (f.standardDeviation() == null) {
            return Text.of("comparison.figures.one", f.n(), num(f.mean()));
        }
        return Text.of(
                "comparison.figures.many",
                f.n(),
                num(f.mean()),
                num(f.standardDeviation()),
                (int) f.lowest(),
                (int) f.highest(),
                num(f.rwg()));
    }

    /** A bar's width in percent of the 1-5 scale, for the small inline bars. */
    public String width(Double score) {
        return score == null
                ? "0%"
                : String.format(Locale.ENGLISH, "%.0f%%", Math.max(0, Math.min(5, score)) * 20);
    }

    /** The CSS class of an agreement figure: negative values are shown as computed, and marked. */
    public String agreementClass(Double value) {
        return value == null ? "cmp-na" : value < 0 ? "cmp-negative" : "";
    }
}
