package dev.candor.shared.infrastructure.rest;

import dev.candor.shared.domain.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Entity versions as HTTP entity tags: a GET answers {@code ETag: "7"}, and a change sent with
 * {@code If-Match: "7"} is stored only while 7 is still the current version (409 otherwise, with
 * the current tag).
 */
public final class EntityTags {

    private EntityTags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header asks for; null when there is none or it is "*". */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "If-Match", "If-Match takes the ETag of a GET, such as \"7\".");
        }
    }
}
