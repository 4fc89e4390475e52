package dev.candor.comparison.infrastructure;

import dev.candor.shared.infrastructure.startup.StartupTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements EclipseLink sends on the current thread, so the benchmark can show that
 * the opening comparison issues the same number of statements however many candidates it has (no
 * N+1). Off by default ({@code candor.comparison.count-sql-statements}); when on, the comparison
 * endpoints answer with an {@code X-Candor-SQL-Statements} header.
 */
@ApplicationScoped
public class SqlStatementCounter implements StartupTask {

    public static final String HEADER = "X-Candor-SQL-Statements";

    private static final Logger LOG = Logger.getLogger(SqlStatementCounter.class.getName());
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @PersistenceUnit(unitName = "candor")
    private EntityManagerFactory emf;

    @Inject
    @ConfigProperty(name = "candor.comparison.count-sql-statements", defaultValue = "false")
    private boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void run() {
        if (!enabled) {
            return;
        }
        Server server = emf.unwrap(Server.class);
        server.getEventManager()
                .addListener(
                        new SessionEventAdapter() {
                            @Override
                            public void preExecuteCall(SessionEvent event) {
                                int[] count = COUNT.get();
                                if (count != null) {
                                    count[0]++;
                                }
                            }
                        });
        LOG.info(
                "Counting SQL statements per comparison request (candor.comparison.count-sql-statements=true).");
    }

    /** Starts counting on this thread. */
    public void start() {
        if (enabled) {
            COUNT.set(new int[1]);
        }
    }

    /** Stops counting on this thread; -1 when counting is off. */
    public int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? -1 : count[0];
    }
}
