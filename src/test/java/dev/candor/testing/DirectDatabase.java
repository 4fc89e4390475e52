package dev.candor.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The test server's own database, opened from the test with plain JDBC, behind Candor's back: the
 * embedded H2 file through H2's AUTO_SERVER (the failsafe URL asks for it), or PostgreSQL.
 */
public final class DirectDatabase {

    private DirectDatabase() {}

    public static boolean isPostgreSql() {
        return "postgresql".equals(System.getProperty("it.database"));
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("it.db.url"),
                System.getProperty("it.db.user"),
                System.getProperty("it.db.password", ""));
    }

    /**
     * Everything the database holds as text: H2's {@code SCRIPT} (every table's rows as INSERT
     * statements), or on PostgreSQL every row of every table in the schema, each as one text.
     */
    public static String dump(Connection connection) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Statement statement = connection.createStatement()) {
            if (!isPostgreSql()) {
                try (ResultSet lines = statement.executeQuery("SCRIPT")) {
                    while (lines.next()) {
                        all.append(lines.getString(1)).append('\n');
                    }
                }
                return all.toString();
            }
            for (String table : tables(statement)) {
                try (ResultSet rows =
                        statement.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (rows.next()) {
                        all.append(table).append(' ').append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows =
                statement.executeQuery(
                        "SELECT table_name FROM information_schema.tables"
                                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
