package dev.candor.comparison.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReadModelTablesTest {

    private static final Pattern TABLE_AND_ALIAS =
            Pattern.compile("(?:FROM|JOIN)\\s+(\\w+)\\s+(\\w+)");
    private static final Pattern QUALIFIED_COLUMN = Pattern.compile("\\b(\\w+)\\.(\\w+)\\b");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern ADD_COLUMN =
            Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+)");

    @Test
    void theReadModelReadsOnlyTheListedTablesAndColumns() throws IllegalAccessException {
        Map<String, Set<String>> read = readBy(statements());
        assertFalse(read.isEmpty(), "the statements were found");
        assertEquals(new TreeMap<>(sorted(ReadModelTables.COLUMNS)), new TreeMap<>(sorted(read)));
    }

    @Test
    void everyListedColumnIsCreatedByAMigration() {
        Map<String, Set<String>> schema = schema();
        ReadModelTables.COLUMNS.forEach(
                (table, columns) -> {
                    assertTrue(schema.containsKey(table), table + " is created by a migration");
                    for (String column : columns) {
                        assertTrue(
                                schema.get(table).contains(column),
                                table + "." + column + " is created by a migration");
                    }
                });
    }

    private static List<String> statements() throws IllegalAccessException {
        List<String> statements = new ArrayList<>();
        for (Field field : ReadModelSql.class.getDeclaredFields()) {
            if (field.getType() == String.class && !Modifier.isPrivate(field.getModifiers())) {
                statements.add((String) field.get(null));
            }
        }
        return statements;
    }

    private static Map<String, Set<String>> readBy(List<String> statements) {
        Map<String, Set<String>> read = new HashMap<>();
        for (String sql : statements) {
            Map<String, String> tableOfAlias = new HashMap<>();
            Matcher tables = TABLE_AND_ALIAS.matcher(sql);
            while (tables.find()) {
                tableOfAlias.put(tables.group(2), tables.group(1));
            }
            Matcher columns = QUALIFIED_COLUMN.matcher(sql);
            while (columns.find()) {
                String table = tableOfAlias.get(columns.group(1));
                assertTrue(table != null, "alias " + columns.group(1) + " is defined in: " + sql);
                read.computeIfAbsent(table, t -> new HashSet<>()).add(columns.group(2));
            }
        }
        return read;
    }

    private static Map<String, Set<String>> schema() {
        Map<String, Set<String>> schema = new HashMap<>();
        for (String migration : migrations()) {
            Matcher created = CREATE_TABLE.matcher(migration);
            while (created.find()) {
                Set<String> columns =
                        schema.computeIfAbsent(created.group(1), t -> new HashSet<>());
                for (String line : created.group(2).split("\\n")) {
                    String first = line.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
                    if (!first.isEmpty() && !first.equals("constraint")) {
                        columns.add(first);
                    }
                }
            }
            Matcher added = ADD_COLUMN.matcher(migration);
            while (added.find()) {
                schema.computeIfAbsent(added.group(1), t -> new HashSet<>()).add(added.group(2));
            }
        }
        return schema;
    }

    private static List<String> migrations() {
        try (Stream<Path> files =
                Files.list(
                        Path.of(ReadModelTablesTest.class.getResource("/db/migration").toURI()))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Set<String>> sorted(Map<String, Set<String>> columns) {
        Map<String, Set<String>> sorted = new TreeMap<>();
        columns.forEach((table, names) -> sorted.put(table, new TreeSet<>(names)));
        return sorted;
    }
}
