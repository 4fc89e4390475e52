package dev.candor.shared.infrastructure.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stops a Candor that cannot work, rather than leave a half-started server answering 500: the
 * deployment fails, and the launcher prints the reason in one line and exits.
 */
public final class StartupFailure {

    public static final String REASON_PROPERTY = "candor.startup.failure";
    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    private StartupFailure() {}

    public static IllegalStateException stop(String reason, Throwable cause) {
        String line = reason + ": " + firstLine(rootCause(cause).getMessage());
        LOG.log(Level.SEVERE, line, cause);
        System.setProperty(REASON_PROPERTY, line);
        throw new IllegalStateException(line, cause);
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no details";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
