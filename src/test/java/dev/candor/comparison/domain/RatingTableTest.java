package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RatingTableTest {

    @Test
    void completeCasesKeepOnlyTargetsEveryRaterRated() {
        RatingTable complete = Tables.targetsByRaters("1 2", "3 .", "5 4").completeCases();

        assertEquals(2, complete.targets());
        assertEquals(5, complete.value(1, 0));
        assertEquals(4, complete.value(1, 1));
    }

    @Test
    void anUnratedCellHasNoValue() {
        RatingTable table = Tables.targetsByRaters("1 .");

        assertFalse(table.isRated(0, 1));
        assertThrows(IllegalStateException.class, () -> table.value(0, 1));
    }

    @Test
    void aCellCanBeRatedOnlyOnce() {
        RatingTable.Builder table = new RatingTable.Builder(1, 1).rate(0, 0, 3);

        assertThrows(IllegalArgumentException.class, () -> table.rate(0, 0, 4));
    }

    @Test
    void aRatingMustBeAFiniteNumber() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RatingTable.Builder(1, 1).rate(0, 0, Double.NaN));
    }

    @Test
    void cellsOutsideTheTableAreRejected() {
        assertThrows(
                IndexOutOfBoundsException.class, () -> new RatingTable.Builder(2, 2).rate(0, 2, 1));
    }
}
