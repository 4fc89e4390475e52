package dev.candor.shared.infrastructure.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text bodies (JSON, CSV, plain text) must be valid UTF-8 without NUL characters, raw or escaped in
 * JSON (backslash, u, 0000): otherwise the broken bytes would be stored as U+FFFD without a word,
 * and PostgreSQL refuses NUL in text with an error that reached the client as a 500. JSON nested
 * deeper than any of Candor's formats is refused too: a parser recursing into thousands of brackets
 * runs out of stack, which reached the client as a 500. The body is already bounded by {@code
 * RequestSizeLimit}.
 */
@Provider
public class RequestBodyCharacters implements ReaderInterceptor {

    /** Candor's deepest JSON (a question import) nests five levels; this leaves ample room. */
    static final int MAX_JSON_DEPTH = 64;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isText(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        String text = decode(body);
        if (text.indexOf('\0') >= 0 || hasEscapedNul(text)) {
            throw refused(
                    "The request contains a NUL character (U+0000), which Candor does not store.");
        }
        if (isJson(context.getMediaType()) && depthOf(text) > MAX_JSON_DEPTH) {
            throw new WebApplicationException(
                    Problem.response(
                            400,
                            "JSON nested too deeply",
                            "The request's JSON nests arrays and objects more than "
                                    + MAX_JSON_DEPTH
                                    + " levels deep; no Candor request needs more than a few."));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    /** The deepest nesting of arrays and objects, brackets inside strings not counted. */
    static int depthOf(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static boolean isText(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return "text".equalsIgnoreCase(type.getType())
                || subtype.equals("json")
                || subtype.endsWith("+json");
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("The request body is not valid UTF-8; send it encoded as UTF-8.");
        }
    }

    /**
     * An escaped NUL (backslash, u, 0000) in JSON, not preceded by an odd number of backslashes
     * (which would escape it).
     */
    static boolean hasEscapedNul(String text) {
        int at = text.indexOf("\\u0000");
        while (at >= 0) {
            int backslashes = 0;
            for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                return true;
            }
            at = text.indexOf("\\u0000", at + 1);
        }
        return false;
    }

    private static WebApplicationException refused(String detail) {
        return new WebApplicationException(Problem.response(422, "Invalid characters", detail));
    }
}
