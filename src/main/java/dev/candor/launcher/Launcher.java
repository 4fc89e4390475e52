package dev.candor.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Starts Candor: checks the settings a newcomer is most likely to get wrong (port, database), says
 * what is wrong in one line, and only then boots Payara Micro in this JVM with the WAR. Until
 * Candor serves its sign-in page, the port answers 503 with {@code Retry-After}; "Candor is ready"
 * is printed only after that page has answered 200.
 */
public final class Launcher {

    /** Set by the application's start-up: the line to print once Candor serves its first page. */
    static final String READY_LINE_PROPERTY = "candor.ready.line";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path home = installationDirectory();
        try {
            LaunchSettings settings =
                    LaunchSettings.load(
                            Path.of(
                                    System.getProperty(
                                            "candor.config", "config/candor.properties")),
                            System.getenv());
            int port = port(settings);
            try (StartingResponder starting = StartingResponder.open(port)) {
                DatabaseSettings.resolve(settings);
                settings.asMap().forEach(System::setProperty);
                boot(war(home), port);
            }
            HttpListener.switchOn();
            FirstPage.awaitServed(port);
            System.out.println(System.getProperty(READY_LINE_PROPERTY));
        } catch (LaunchFailure failure) {
            System.err.println("Candor did not start: " + failure.getMessage());
            exitWithin(Duration.ofSeconds(15), 2);
        }
    }

    private static Path war(Path home) throws LaunchFailure {
        Path war = home.resolve("candor.war");
        if (!Files.isRegularFile(war)) {
            throw new LaunchFailure(
                    "The application archive " + war + " is missing: build it with `mvn package`.");
        }
        return war;
    }

    private static int port(LaunchSettings settings) throws LaunchFailure {
        String value = settings.get("candor.port", "8080");
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new LaunchFailure(
                    "CANDOR_PORT must be a number between 1 and 65535, but it is \""
                            + value
                            + "\".");
        }
        if (port < 1 || port > 65535) {
            throw new LaunchFailure(
                    "CANDOR_PORT must be a number between 1 and 65535, but it is " + port + ".");
        }
        return port;
    }

    private static void boot(Path war, int port) throws Exception {
        List<String> payaraArguments =
                List.of(
                        "--deploy",
                        war.toString(),
                        "--contextroot",
                        "/",
                        "--port",
                        Integer.toString(port),
                        "--prebootcommandfile",
                        HttpListener.switchedOffAtBoot().toString(),
                        "--nocluster");
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) payaraArguments.toArray(String[]::new));
        if (!"true".equals(System.getProperty("candor.started"))) {
            System.err.println(
                    "Candor did not start: "
                            + System.getProperty(
                                    "candor.startup.failure",
                                    "the application failed to deploy; the log above says why."));
            exitWithin(Duration.ofSeconds(15), 1);
        }
    }

    /**
     * Payara's shutdown hooks can wait forever on a failed deployment; never leave a half-started
     * server.
     */
    private static void exitWithin(Duration grace, int status) {
        Thread halt =
                new Thread(
                        () -> {
                            try {
                                Thread.sleep(grace.toMillis());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            Runtime.getRuntime().halt(status);
                        },
                        "candor-exit");
        halt.setDaemon(true);
        halt.start();
        System.exit(status);
    }

    private static Path installationDirectory() throws URISyntaxException {
        return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }
}
