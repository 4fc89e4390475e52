package dev.candor.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Creates this run's PostgreSQL database before the first deployment and drops those left by runs
 * that started more than a day ago (a younger one may belong to a run still going in another
 * checkout). The embedded runs need nothing: each run has its own H2 file.
 */
public class ThrowawayDatabase implements BeforeAllCallback {

    private static final DateTimeFormatter RUN_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static boolean created;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        if (!"postgresql".equals(System.getProperty("it.database"))) {
            return;
        }
        synchronized (ThrowawayDatabase.class) {
            if (!created) {
                create();
                created = true;
            }
        }
    }

    private static void create() throws SQLException {
        String url = System.getProperty("it.db.url");
        String name = url.substring(url.lastIndexOf('/') + 1);
        String server = System.getProperty("it.postgres.server") + "postgres";
        Connection connection;
        try {
            connection =
                    DriverManager.getConnection(
                            server,
                            System.getProperty("it.postgres.user"),
                            System.getProperty("it.postgres.password", ""));
        } catch (SQLException unreachable) {
            Environment.require(
                    false, "PostgreSQL at " + server + " (" + unreachable.getMessage() + ")");
            return;
        }
        try (connection;
                Statement statement = connection.createStatement()) {
            for (String old : earlierRuns(statement, name)) {
                statement.execute("DROP DATABASE IF EXISTS \"" + old + "\" WITH (FORCE)");
            }
            statement.execute("CREATE DATABASE \"" + name + "\"");
        }
    }

    private static boolean startedLongAgo(String database) {
        String stamp = database.substring("candor_it_".length());
        try {
            LocalDateTime started = LocalDateTime.parse(stamp, RUN_STAMP);
            return started.isBefore(LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
        } catch (DateTimeParseException notOurs) {
            return false;
        }
    }

    private static List<String> earlierRuns(Statement statement, String current)
            throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows =
                statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE 'candor\\_it\\_%'")) {
            while (rows.next()) {
                if (!rows.getString(1).equals(current) && startedLongAgo(rows.getString(1))) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
