package dev.candor.comparison.web;

import dev.candor.comparison.application.Interval;
import dev.candor.comparison.application.Tally;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
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
