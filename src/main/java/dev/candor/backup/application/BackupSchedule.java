package dev.candor.backup.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the embedded database's backups on {@code CANDOR_BACKUP_CRON} with the container's timer
 * service (a non-persistent timer: after a restart the schedule is simply set up again). A wrong
 * setting is logged with the reason and no schedule runs; it never stops Candor.
 */
@Singleton
@Startup
public class BackupSchedule {

    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());

    @Resource private TimerService timers;

    @Inject private DatabaseBackups backups;

    @Inject
    @ConfigProperty(name = "candor.backup.cron", defaultValue = "off")
    private String cron;

    @PostConstruct
    void schedule() {
        Optional<ScheduleExpression> when;
        try {
            when = BackupCron.parse(cron);
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage() + " No scheduled backups will run.");
            return;
        }
        when.ifPresent(
                expression -> {
                    timers.createCalendarTimer(expression, new TimerConfig("candor-backup", false));
                    LOG.info(() -> "Scheduled backups: " + cron + " (UTC)");
                });
    }

    @Timeout
    void run() {
        try {
            if (backups.isEmbedded()) {
                backups.scheduled();
            }
        } catch (RuntimeException e) {
            LOG.severe("The scheduled backup failed: " + e);
        }
    }
}
