package dev.candor.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** On CI a missing browser or database fails the build; on a laptop it skips with the reason. */
public final class Environment {

    private Environment() {}

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void require(boolean available, String what) {
        if (onCi()) {
            Assertions.assertTrue(
                    available, what + " is required on CI (CI=true) but is not available");
        } else {
            Assumptions.assumeTrue(
                    available, what + " is not available; skipping (it is required when CI=true)");
        }
    }
}
