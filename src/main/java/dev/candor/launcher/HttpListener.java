package dev.candor.launcher;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Payara Micro's HTTP listener, kept off while Payara boots and deploys Candor, and switched on
 * once Candor has finished starting: Payara otherwise opens the port first and answers 404, then
 * 500, until the web module (Faces, CDI, security) is up.
 */
final class HttpListener {

    private static final String ENABLED =
            "configs.config.server-config.network-config.network-listeners.network-listener."
                    + "http-listener.enabled=";

    private HttpListener() {}

    /** An asadmin command file for {@code --prebootcommandfile} that switches the listener off. */
    static Path switchedOffAtBoot() throws IOException {
        Path commands = Files.createTempFile("candor-preboot", ".asadmin");
        commands.toFile().deleteOnExit();
        Files.writeString(commands, "set " + ENABLED + "false" + System.lineSeparator());
        return commands;
    }

    /**
     * Switches the listener on in the running Payara Micro. Its API offers no local admin command
     * after boot, so this reaches the embedded GlassFish the runtime wraps.
     */
    static void switchOn() throws LaunchFailure {
        try {
            ClassLoader payara = Thread.currentThread().getContextClassLoader();
            Object micro =
                    payara.loadClass("fish.payara.micro.impl.PayaraMicroImpl")
                            .getMethod("getInstance")
                            .invoke(null);
            Object runtime = micro.getClass().getMethod("getRuntime").invoke(micro);
            Field glassFishField = runtime.getClass().getDeclaredField("runtime");
            glassFishField.setAccessible(true);
            Object glassFish = glassFishField.get(runtime);
            Class<?> glassFishType = payara.loadClass("org.glassfish.embeddable.GlassFish");
            Object commands = glassFishType.getMethod("getCommandRunner").invoke(glassFish);
            Class<?> runnerType = payara.loadClass("org.glassfish.embeddable.CommandRunner");
            Object result =
                    runnerType
                            .getMethod("run", String.class, String[].class)
                            .invoke(commands, "set", new String[] {ENABLED + "true"});
            Class<?> resultType = payara.loadClass("org.glassfish.embeddable.CommandResult");
            Object status = resultType.getMethod("getExitStatus").invoke(result);
            if (!"SUCCESS".equals(String.valueOf(status))) {
                throw new LaunchFailure(
                        "Payara Micro did not open the HTTP port: "
                                + resultType.getMethod("getOutput").invoke(result));
            }
        } catch (ReflectiveOperationException e) {
            throw new LaunchFailure("Payara Micro did not open the HTTP port: " + e);
        }
    }
}
