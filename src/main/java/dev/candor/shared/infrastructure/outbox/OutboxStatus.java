package dev.candor.shared.infrastructure.outbox;

import java.util.List;
import java.util.Map;

/**
 * The outbox at a glance: messages per state, how many are failing (waiting for another attempt
 * after an error), and the failing, failed and in-doubt messages, latest attempt first.
 */
public record OutboxStatus(
        Map<OutboxState, Long> counts, long failing, List<OutboxMessage> problems) {

    public OutboxStatus {
        counts = Map.copyOf(counts);
        problems = List.copyOf(problems);
    }

    public long count(OutboxState state) {
        return counts.getOrDefault(state, 0L);
    }

    /** The error of the latest failing attempt, for "3 messages failing: connection refused …". */
    public String latestError() {
        return problems.stream()
                .map(OutboxMessage::getLastError)
                .filter(error -> error != null && !error.isBlank())
                .findFirst()
                .orElse("");
    }
}
