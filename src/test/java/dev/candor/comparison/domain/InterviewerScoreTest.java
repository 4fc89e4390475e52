package dev.candor.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterviewerScoreTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void aScoreIsOnTheOneToFiveScale(int score) {
        assertThrows(
                IllegalArgumentException.class,
                () -> new InterviewerScore("ada", "q1", "design", "kim", score));
    }
}
