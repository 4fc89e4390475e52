package dev.candor.scoring.api;

import dev.candor.shared.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * The order number a client gives its change. Read as a decimal first: JSON-B would turn 1e30 into
 * an arbitrary long without a word, and a revision near Long.MAX_VALUE would leave no room for any
 * later change. The largest accepted is the largest whole number a browser's script can count
 * exactly (2^53 - 1).
 */
final class ClientRevision {

    static final long MAX = 9_007_199_254_740_991L;

    private ClientRevision() {}

    static long of(BigDecimal sent) {
        if (sent == null) {
            throw new InvalidInputException(
                    "clientRevision", "Send the client revision of this change (1 or more).");
        }
        try {
            long revision = sent.longValueExact();
            if (revision >= 1 && revision <= MAX) {
                return revision;
            }
        } catch (ArithmeticException notWholeOrTooLarge) {
            // refused below, like any other out-of-range value
        }
        throw new InvalidInputException(
                "clientRevision", "A client revision is a whole number from 1 to " + MAX + ".");
    }
}
