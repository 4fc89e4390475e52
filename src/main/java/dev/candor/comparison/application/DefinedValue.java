package dev.candor.comparison.application;

import java.util.OptionalDouble;

/**
 * A statistic as the report shows it: null when it is not defined (shown as "not enough data"),
 * never NaN or a made-up number.
 */
public final class DefinedValue {

    private DefinedValue() {}

    public static Double orNull(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble())
                ? value.getAsDouble()
                : null;
    }
}
