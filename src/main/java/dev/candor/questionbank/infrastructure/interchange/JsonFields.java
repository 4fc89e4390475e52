package dev.candor.questionbank.infrastructure.interchange;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Typed reading of one JSON object from an uploaded file. A field of the wrong type is reported and
 * read as absent, so the rest of the object is still checked; fields Candor does not know are
 * reported too.
 */
final class JsonFields {

    private final JsonObject object;
    private final String prefix;
    private final BiConsumer<String, String> report;

    /**
     * @param report receives the field's path and what is wrong with it
     */
    JsonFields(
            JsonObject object,
            String prefix,
            Set<String> known,
            BiConsumer<String, String> report) {
        this.object = object;
        this.prefix = prefix;
        this.report = report;
        object.keySet().stream()
                .filter(name -> !known.contains(name))
                .forEach(
                        name ->
                                report.accept(
                                        prefix + name,
                                        "is not a field Candor reads; use "
                                                + String.join(
                                                        ", ", known.stream().sorted().toList())));
    }

    /** Missing and null read as empty text. */
    String text(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        report.accept(prefix + name, "must be text in double quotes");
        return "";
    }

    List<String> texts(String name) {
        List<String> texts = new ArrayList<>();
        List<JsonValue> values = array(name);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof JsonString text) {
                texts.add(text.getString());
            } else {
                // Left out, so the same item is not also reported as empty.
                report.accept(prefix + name + "[" + (i + 1) + "]", "must be text in double quotes");
            }
        }
        return texts;
    }

    List<JsonFields> objects(String name, Set<String> known) {
        List<JsonFields> objects = new ArrayList<>();
        List<JsonValue> values = array(name);
        for (int i = 0; i < values.size(); i++) {
            String path = prefix + name + "[" + (i + 1) + "]";
            if (values.get(i) instanceof JsonObject item) {
                objects.add(new JsonFields(item, path + ".", known, report));
            } else {
                report.accept(path, "must be an object in braces");
            }
        }
        return objects;
    }

    private List<JsonValue> array(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        report.accept(prefix + name, "must be a list in square brackets");
        return List.of();
    }

    Optional<JsonFields> object(String name, Set<String> known) {
        JsonValue value = object.get(name);
        if (value instanceof JsonObject item) {
            return Optional.of(new JsonFields(item, prefix + name + ".", known, report));
        }
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            report.accept(prefix + name, "must be an object in braces or null");
        }
        return Optional.empty();
    }

    Optional<Integer> wholeNumber(String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return Optional.of(number.intValueExact());
            } catch (ArithmeticException tooLarge) {
                report.accept(prefix + name, "is far too large");
                return Optional.empty();
            }
        }
        report.accept(prefix + name, "must be a whole number");
        return Optional.empty();
    }

    boolean flag(String name, boolean whenAbsent) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return whenAbsent;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        report.accept(prefix + name, "must be true or false");
        return whenAbsent;
    }
}
