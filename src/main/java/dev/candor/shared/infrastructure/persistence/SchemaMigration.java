package dev.candor.shared.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. The same versioned
 * migrations run on the embedded H2 file and on PostgreSQL; JPA never generates schema.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${MPCONFIG=candor.db.driver:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=candor.db.url:jdbc:h2:file:./data/candor;MODE=LEGACY}",
        user = "${MPCONFIG=candor.db.user:candor}",
        password = "${MPCONFIG=candor.db.password:candor}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // A connection the database dropped (restart, pg_terminate_backend, network) is found out
        // before it is handed to a request, and then the whole pool is rebuilt: otherwise each
        // stale connection fails one request after another for minutes.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname="
                    + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        },
        // A database that does not answer makes a request fail in seconds, not stall.
        loginTimeout = 5)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/candor";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        try {
            MigrateResult result =
                    Flyway.configure(getClass().getClassLoader())
                            .dataSource(dataSource)
                            .locations(locations())
                            .load()
                            .migrate();
            makeEmbeddedCommitsDurable();
            migrated = true;
            LOG.info(
                    () ->
                            "Schema at version "
                                    + result.targetSchemaVersion
                                    + " ("
                                    + result.migrationsExecuted
                                    + " migrations applied now)");
        } catch (FlywayException e) {
            throw StartupFailure.stop("the database schema could not be migrated", e);
        }
    }

    /**
     * The shared migrations, and on PostgreSQL also what H2 cannot parse (PL/pgSQL triggers, as
     * repeatable migrations so they take no version number).
     */
    private String[] locations() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equalsIgnoreCase(product)
                    ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw StartupFailure.stop("the database could not be reached", e);
        }
    }

    /**
     * H2's MVStore writes committed transactions to its file in the background, once a second by
     * default: a process killed in that second loses what it had already answered 200 for. With no
     * write delay every commit is in the file (the operating system's cache) before the commit
     * returns. Set on every start, so it holds for any H2 URL.
     */
    private void makeEmbeddedCommitsDurable() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                statement.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            throw StartupFailure.stop("the embedded database's write delay could not be set", e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }
}
