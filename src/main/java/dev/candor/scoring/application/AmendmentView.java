package dev.candor.scoring.application;

import dev.candor.scoring.domain.AmendedField;
import dev.candor.scoring.domain.Amendment;
import java.time.Instant;
import java.util.List;

/** One entry of a scorecard's audit trail ("amended after submission"). */
public record AmendmentView(
        long id, String amendedBy, Instant amendedAt, String reason, List<Change> changes) {

    public AmendmentView {
        changes = List.copyOf(changes);
    }

    public static AmendmentView of(Amendment amendment) {
        return new AmendmentView(
                amendment.getId() == null ? 0 : amendment.getId(),
                amendment.getAmendedBy(),
                amendment.getAmendedAt(),
                amendment.getReason(),
                amendment.getChanges().stream()
                        .map(
                                value ->
                                        new Change(
                                                value.getPosition(),
                                                value.getField(),
                                                value.getOldValue(),
                                                value.getNewValue()))
                        .toList());
    }

    /** {@code position} is null for the recommendation and the summary. */
    public record Change(Integer position, AmendedField field, String oldValue, String newValue) {}
}
