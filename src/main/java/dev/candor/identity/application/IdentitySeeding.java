package dev.candor.identity.application;

import dev.candor.identity.domain.Role;
import dev.candor.shared.infrastructure.startup.StartupTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the first administrator from CANDOR_ADMIN_PASSWORD, and the demo people on request. */
@ApplicationScoped
public class IdentitySeeding implements StartupTask {

    private static final Logger LOG = Logger.getLogger(IdentitySeeding.class.getName());
    private static final Map<String, DemoPerson> DEMO_PEOPLE =
            Map.of(
                    "recruiter", new DemoPerson("Rita Recruiter", Role.RECRUITER),
                    "manager", new DemoPerson("Morgan Manager", Role.HIRING_MANAGER),
                    "interviewer1", new DemoPerson("Ines Interviewer", Role.INTERVIEWER),
                    "interviewer2", new DemoPerson("Ivan Interviewer", Role.INTERVIEWER),
                    "interviewer3", new DemoPerson("Iris Interviewer", Role.INTERVIEWER));

    @Inject private UserDirectory users;

    @Inject private FirstRunSetup firstRun;

    @Inject
    @ConfigProperty(name = "candor.admin.password")
    private Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "candor.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "candor.demo.password")
    private Optional<String> demoPassword;

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void run() {
        Optional<String> admin = adminPassword.filter(p -> !p.isBlank());
        if (users.count() == 0 && admin.isPresent()) {
            users.register(
                    new NewUser("admin", "Administrator", null, Set.of(Role.ADMIN), admin.get()));
            LOG.info("Created the administrator \"admin\" from CANDOR_ADMIN_PASSWORD.");
        }
        if (demo) {
            seedDemoPeople();
        }
        firstRun.openIfNoUsers();
    }

    private void seedDemoPeople() {
        if (DEMO_PEOPLE.keySet().stream().allMatch(name -> users.find(name).isPresent())) {
            return;
        }
        String password =
                demoPassword
                        .filter(p -> !p.isBlank())
                        .orElseGet(IdentitySeeding::generatedPassword);
        DEMO_PEOPLE.forEach(
                (username, person) -> {
                    if (users.find(username).isEmpty()) {
                        users.register(
                                new NewUser(
                                        username,
                                        person.displayName(),
                                        username + "@demo.candor.dev",
                                        Set.of(person.role()),
                                        password));
                    }
                });
        if (demoPassword.filter(p -> !p.isBlank()).isEmpty()) {
            System.out.println(
                    "Candor demo: users recruiter, manager, interviewer1, interviewer2 and interviewer3 "
                            + "have the password "
                            + password
                            + " (shown once)");
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record DemoPerson(String displayName, Role role) {}
}
