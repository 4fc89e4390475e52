package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StudentTTest {

    @ParameterizedTest(name = "t(0.975, df={0}) = {1}")
    @CsvSource({"1, 12.706", "2, 4.303", "3, 3.182", "4, 2.776", "9, 2.262", "30, 2.042"})
    void quantileAt975MatchesPublishedTables(int degreesOfFreedom, double published) {
        assertEquals(published, new StudentT(degreesOfFreedom).quantile(0.975), 0.0005);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.6, 0.9, 0.975, 0.995, 0.9999})
    void oneDegreeOfFreedomIsTheCauchyDistribution(double p) {
        assertEquals(
                Math.tan(Math.PI * (p - 0.5)),
                new StudentT(1).quantile(p),
                1e-9 * Math.tan(Math.PI * (p - 0.5)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.6, 0.9, 0.975, 0.995})
    void twoDegreesOfFreedomMatchTheClosedForm(double p) {
        double closedForm = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
        assertEquals(closedForm, new StudentT(2).quantile(p), 1e-10);
    }

    @Test
    void manyDegreesOfFreedomApproachTheNormalDistribution() {
        assertEquals(1.959964, new StudentT(1_000_000).quantile(0.975), 1e-5);
    }

    @Test
    void lowerQuantilesMirrorUpperOnes() {
        StudentT t = new StudentT(5);
        assertEquals(-t.quantile(0.9), t.quantile(0.1), 1e-12);
        assertEquals(0, t.quantile(0.5));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.3, 0.7, 0.975})
    void cumulativeProbabilityUndoesTheQuantile(double p) {
        StudentT t = new StudentT(7);
        assertEquals(p, t.cumulativeProbability(t.quantile(p)), 1e-12);
    }

    @Test
    void rejectsProbabilitiesOutsideTheOpenUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new StudentT(3).quantile(1));
        assertThrows(IllegalArgumentException.class, () -> new StudentT(3).quantile(0));
    }

    @Test
    void needsAtLeastOneDegreeOfFreedom() {
        assertThrows(IllegalArgumentException.class, () -> new StudentT(0));
    }
}
