package dev.candor.scoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One value an amendment changed, before and after, as text people read ("4", "true", the notes);
 * null means empty. {@code position} names the question for rating fields and is null for
 * recommendation and summary.
 */
@Embeddable
public class AmendedValue {

    @Column(name = "position")
    private Integer position;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 16)
    private AmendedField field;

    @Column(name = "old_value", length = RatingContent.MAX_NOTES)
    private String oldValue;

    @Column(name = "new_value", length = RatingContent.MAX_NOTES)
    private String newValue;

    protected AmendedValue() {}

    public AmendedValue(Integer position, AmendedField field, String oldValue, String newValue) {
        this.position = position;
        this.field = Objects.requireNonNull(field);
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Integer getPosition() {
        return position;
    }

    public AmendedField getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AmendedValue that
                && Objects.equals(position, that.position)
                && field == that.field
                && Objects.equals(oldValue, that.oldValue)
                && Objects.equals(newValue, that.newValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, field, oldValue, newValue);
    }

    @Override
    public String toString() {
        return (position == null ? "" : "question " + position + " ")
                + field
                + ": "
                + oldValue
                + " -> "
                + newValue;
    }
}
