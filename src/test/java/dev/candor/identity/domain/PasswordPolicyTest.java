package dev.candor.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aPasswordNeedsTwelveCharactersAsAsvsLevelTwoAsks() {
        assertEquals(
                Optional.of("A password needs at least 12 characters."),
                PasswordPolicy.problemWith("elevenchars"));
        assertTrue(PasswordPolicy.problemWith("twelve chars").isEmpty());
    }

    @Test
    void aPassphraseOfTwoHundredCharactersIsTheLongestAccepted() {
        assertTrue(PasswordPolicy.problemWith("a".repeat(200)).isEmpty());
        assertTrue(PasswordPolicy.problemWith("a".repeat(201)).isPresent());
    }

    @Test
    void onlySpacesIsNoPassword() {
        assertTrue(PasswordPolicy.problemWith(" ".repeat(20)).isPresent());
        assertTrue(PasswordPolicy.problemWith(null).isPresent());
    }
}
