package dev.candor.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Works out which database Candor uses, and refuses to start on one it cannot reach. */
final class DatabaseSettings {

    static final String POSTGRESQL_DATA_SOURCE = "org.postgresql.ds.PGSimpleDataSource";
    static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";

    private DatabaseSettings() {}

    static void resolve(LaunchSettings settings) throws LaunchFailure {
        String url = settings.get("candor.db.url");
        if (url == null) {
            useEmbedded(settings);
        } else if (url.startsWith("jdbc:postgresql://")) {
            settings.put("candor.db.driver", POSTGRESQL_DATA_SOURCE);
            checkReachable(
                    url,
                    settings.get("candor.db.user", ""),
                    settings.get("candor.db.password", ""));
        } else {
            throw new LaunchFailure(
                    "CANDOR_DB_URL must be a jdbc:postgresql://host:port/database URL "
                            + "(or unset for the embedded database), but it is \""
                            + url
                            + "\".");
        }
    }

    private static void useEmbedded(LaunchSettings settings) throws LaunchFailure {
        Path dataDir =
                Path.of(settings.get("candor.data.dir", "./data")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new LaunchFailure(
                    "CANDOR_DATA_DIR: cannot create the data directory "
                            + dataDir
                            + " ("
                            + e
                            + ").");
        }
        if (!Files.isWritable(dataDir)) {
            throw new LaunchFailure(
                    "CANDOR_DATA_DIR: the data directory " + dataDir + " is not writable.");
        }
        settings.put("candor.data.dir", dataDir.toString());
        settings.put("candor.db.url", "jdbc:h2:file:" + dataDir.resolve("candor") + ";MODE=LEGACY");
        settings.put("candor.db.driver", H2_DATA_SOURCE);
        settings.put("candor.db.user", settings.get("candor.db.user", "candor"));
        settings.put("candor.db.password", settings.get("candor.db.password", "candor"));
    }

    private static void checkReachable(String url, String user, String password)
            throws LaunchFailure {
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException e) {
            throw new LaunchFailure(
                    "CANDOR_DB_URL: cannot connect to "
                            + url
                            + (user.isEmpty() ? "" : " as CANDOR_DB_USER \"" + user + "\"")
                            + ": "
                            + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given by the driver";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
