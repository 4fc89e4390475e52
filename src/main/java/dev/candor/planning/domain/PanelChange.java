package dev.candor.planning.domain;

import java.util.List;

/**
 * What changing a panel did: who joined (or was put back), who left entirely, and who stays on
 * marked withdrawn because they had started scoring.
 */
public record PanelChange(List<String> added, List<String> removed, List<String> withdrawn) {

    public PanelChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        withdrawn = List.copyOf(withdrawn);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && withdrawn.isEmpty();
    }
}
