package dev.candor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * People for integration tests. The test server starts with nobody in it; the first test to need
 * the administrator completes first-run setup with the one-time link Candor wrote to its data
 * directory.
 */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "it admin password 1";
    public static final String PASSWORD = "it user password 1";
    public static final String SETUP_LINK_FILE = "first-run-setup.txt";

    /** Servers whose administrator came from CANDOR_ADMIN_PASSWORD, not from first-run setup. */
    private static final Set<String> ADMIN_AT_START = ConcurrentHashMap.newKeySet();

    private TestUsers() {}

    public static void adminCreatedAtStart(URL deployment) {
        ADMIN_AT_START.add(deployment.toString());
    }

    public static synchronized ApiClient admin(URL deployment) {
        Path link = setupLinkFile();
        if (!ADMIN_AT_START.contains(deployment.toString()) && Files.exists(link)) {
            String token = readToken(link);
            ApiResponse created =
                    ApiClient.anonymous(deployment)
                            .post(
                                    "api/v1/setup",
                                    "{\"token\":\""
                                            + token
                                            + "\",\"username\":\""
                                            + ADMIN
                                            + "\",\"displayName\":\"Ada Admin\","
                                            + "\"password\":\""
                                            + ADMIN_PASSWORD
                                            + "\"}");
            assertEquals(201, created.status(), () -> "first-run setup failed: " + created);
        }
        return ApiClient.as(deployment, ADMIN, ADMIN_PASSWORD);
    }

    /**
     * Creates a person with a unique username starting with the prefix, and returns that username.
     */
    public static String create(URL deployment, String prefix, String... roles) {
        String username = unique(prefix);
        String roleList =
                Arrays.stream(roles)
                        .map(role -> "\"" + role + "\"")
                        .collect(Collectors.joining(","));
        ApiResponse response =
                admin(deployment)
                        .post(
                                "api/v1/users",
                                "{\"username\":\""
                                        + username
                                        + "\",\"displayName\":\""
                                        + displayName(prefix)
                                        + "\",\"roles\":["
                                        + roleList
                                        + "],\"password\":\""
                                        + PASSWORD
                                        + "\"}");
        assertEquals(
                201, response.status(), () -> "could not create " + username + ": " + response);
        return username;
    }

    public static ApiClient as(URL deployment, String username) {
        return ApiClient.as(deployment, username, PASSWORD);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Path setupLinkFile() {
        return Path.of(System.getProperty("it.data.dir", "target/it-data"))
                .resolve(SETUP_LINK_FILE);
    }

    public static String readToken(Path link) {
        try {
            String url = Files.readString(link).trim();
            return url.substring(url.indexOf("token=") + "token=".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String displayName(String prefix) {
        return Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " Tester";
    }
}
