package dev.candor.shared.infrastructure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestBodyCharactersTest {

    @Test
    void theDepthOfJsonCountsNestedArraysAndObjects() {
        assertEquals(0, RequestBodyCharacters.depthOf("42"));
        assertEquals(1, RequestBodyCharacters.depthOf("{\"a\":1}"));
        assertEquals(3, RequestBodyCharacters.depthOf("[{\"a\":[1]},{\"b\":2}]"));
        assertEquals(5000, RequestBodyCharacters.depthOf("[".repeat(5000) + "]".repeat(5000)));
    }

    @Test
    void bracketsInsideStringsAndEscapedQuotesDoNotCount() {
        assertEquals(1, RequestBodyCharacters.depthOf("{\"text\":\"[[[{{{\"}"));
        assertEquals(1, RequestBodyCharacters.depthOf("{\"text\":\"say \\\"[[[\\\" twice\"}"));
        assertEquals(2, RequestBodyCharacters.depthOf("{\"t\":\"\\\\\",\"u\":[1]}"));
    }

    @Test
    void anEscapedNulIsFoundUnlessItsBackslashIsItselfEscaped() {
        assertTrue(RequestBodyCharacters.hasEscapedNul("{\"a\":\"x\\u0000\"}"));
        assertFalse(RequestBodyCharacters.hasEscapedNul("{\"a\":\"x\\\\u0000\"}"));
    }
}
