package dev.candor.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Candor's settings as the launcher sees them: the defaults in {@code config/candor.properties},
 * each overridden by its environment variable ({@code candor.db.url} by {@code CANDOR_DB_URL}).
 */
final class LaunchSettings {

    private final Map<String, String> values;

    private LaunchSettings(Map<String, String> values) {
        this.values = values;
    }

    static LaunchSettings load(Path defaultsFile, Map<String, String> environment)
            throws IOException {
        Map<String, String> values = new TreeMap<>();
        if (Files.isRegularFile(defaultsFile)) {
            Properties defaults = new Properties();
            try (Reader reader = Files.newBufferedReader(defaultsFile, StandardCharsets.UTF_8)) {
                defaults.load(reader);
            }
            defaults.stringPropertyNames()
                    .forEach(key -> values.put(key, defaults.getProperty(key).trim()));
        }
        environment.forEach(
                (name, value) -> {
                    if (name.startsWith("CANDOR_")) {
                        values.put(propertyKeyOf(name, values), value.trim());
                    }
                });
        return new LaunchSettings(values);
    }

    static String environmentNameOf(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * Keys with dashes (candor.signin.max-failures) cannot be rebuilt from their variable name
     * alone.
     */
    private static String propertyKeyOf(String environmentName, Map<String, String> known) {
        return known.keySet().stream()
                .filter(key -> environmentNameOf(key).equals(environmentName))
                .findFirst()
                .orElse(environmentName.toLowerCase(Locale.ROOT).replace('_', '.'));
    }

    String get(String key) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? null : value;
    }

    String get(String key, String fallback) {
        String value = get(key);
        return value == null ? fallback : value;
    }

    void put(String key, String value) {
        values.put(key, value);
    }

    Map<String, String> asMap() {
        return Map.copyOf(values);
    }
}
