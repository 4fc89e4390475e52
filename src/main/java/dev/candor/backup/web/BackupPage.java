package dev.candor.backup.web;

import dev.candor.backup.application.DatabaseBackups;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Administrators make a backup of the embedded database now and see the ones kept. */
@Named
@ViewScoped
public class BackupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private DatabaseBackups backups;

    private boolean embedded;
    private List<StoredBackup> stored;

    @PostConstruct
    void load() {
        embedded = backups.isEmbedded();
        stored =
                backups.existing().stream()
                        .map(file -> new StoredBackup(file.getFileName().toString(), size(file)))
                        .toList();
    }

    public void backUpNow() {
        try {
            Path file = backups.backUpNow();
            Text.info("backup.done", file.getFileName().toString());
        } catch (ConflictException e) {
            Text.errorAt(null, e.getMessage());
        }
        load();
    }

    private static long size(Path file) {
        try {
            return Files.size(file) / 1024;
        } catch (IOException gone) {
            return 0;
        }
    }

    public boolean isEmbedded() {
        return embedded;
    }

    public List<StoredBackup> getStored() {
        return stored;
    }

    /** A backup zip in the data directory, its size in KiB. */
    public record StoredBackup(String name, long kib) implements Serializable {}
}
