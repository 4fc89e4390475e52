package dev.candor.audit.application;

import dev.candor.audit.domain.AuditEntry;
import dev.candor.shared.domain.AuditableEvent;
import dev.candor.shared.infrastructure.startup.StartupTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * Candor's settings come from the environment at start-up; a change shows as a start with other
 * values. Each start compares the security-relevant settings (never secrets) with those the audit
 * log last recorded and writes {@code configuration.changed} when they differ.
 */
@ApplicationScoped
public class ConfigurationAudit implements StartupTask {

    /** Settings that change who may do what, how long data is kept, or how scores are judged. */
    static final List<String> WATCHED =
            List.of(
                    "candor.signin.max-failures",
                    "candor.signin.lock-minutes",
                    "candor.signin.max-failures-per-address",
                    "candor.session.idle-minutes",
                    "candor.session.absolute-hours",
                    "candor.request.max-bytes",
                    "candor.password.iterations",
                    "candor.password-reset.hours",
                    "candor.retention.days",
                    "candor.backup.cron",
                    "candor.backup.keep",
                    "candor.scoring.evidence-min-chars",
                    "candor.comparison.disagreement-threshold",
                    "candor.demo",
                    "candor.admin.password.set");

    @PersistenceContext private EntityManager em;

    @Inject private Config config;

    @Inject private Event<AuditableEvent> audit;

    @Override
    public int order() {
        return 5;
    }

    @Override
    @Transactional
    public void run() {
        String current = AuditEntry.canonicalDetails(settings());
        Optional<String> recorded =
                em.createQuery(
                                "select e.details from AuditEntry e where e.type like 'configuration.%' "
                                        + "order by e.id desc",
                                String.class)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst();
        if (recorded.isEmpty() || !recorded.get().equals(current)) {
            audit.fire(
                    new AuditableEvent(
                            recorded.isEmpty() ? "configuration.initial" : "configuration.changed",
                            null,
                            "configuration",
                            settings()));
        }
    }

    private Map<String, String> settings() {
        Map<String, String> values = new TreeMap<>();
        for (String key : WATCHED) {
            if (key.equals("candor.admin.password.set")) {
                values.put(
                        key,
                        String.valueOf(
                                config.getOptionalValue("candor.admin.password", String.class)
                                        .filter(p -> !p.isBlank())
                                        .isPresent()));
            } else {
                values.put(key, config.getOptionalValue(key, String.class).orElse("(default)"));
            }
        }
        return values;
    }
}
