package dev.candor.identity.application;

import dev.candor.identity.domain.PasswordPolicy;
import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.shared.domain.AuditableEvent;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The people who use Candor: administrators add them, give them roles and deactivate them. */
@ApplicationScoped
@Transactional
public class UserDirectory {

    @PersistenceContext private EntityManager em;

    @Inject private Passwords passwords;

    @Inject private Clock clock;

    @Inject private Caller caller;

    @Inject private Event<PersonChanged> changed;

    @Inject private Event<AuditableEvent> audit;

    public List<User> all() {
        caller.requireAnyRole(Role.ADMIN);
        return em.createNamedQuery(User.ALL, User.class).getResultList();
    }

    /**
     * People with a role, for pickers such as an interview panel; any signed-in person may look.
     */
    public List<User> activeWithRole(Role role) {
        caller.requireUsername();
        return em.createQuery(
                        "select distinct u from User u join u.roles r where r = :role and u.active = true "
                                + "order by u.displayName",
                        User.class)
                .setParameter("role", role)
                .getResultList();
    }

    public User create(NewUser request) {
        caller.requireAnyRole(Role.ADMIN);
        return register(request);
    }

    public User get(String username) {
        caller.requireAnyRole(Role.ADMIN);
        return require(username);
    }

    public Optional<User> find(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", normalise(username))
                .getResultStream()
                .findFirst();
    }

    public User changeRoles(String username, Set<Role> roles) {
        caller.requireAnyRole(Role.ADMIN);
        User user = require(username);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "A user needs at least one role.");
        }
        if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN) && isLastActiveAdmin(user)) {
            throw new ConflictException(
                    "Candor needs at least one active administrator; "
                            + "give another person the ADMIN role first.");
        }
        String before = roleNames(user.getRoles());
        user.assignRoles(roles);
        changed.fire(new PersonChanged(user.getUsername()));
        audit.fire(
                new AuditableEvent(
                        "user.roles.changed",
                        caller.requireUsername(),
                        "user:" + user.getUsername(),
                        Map.of("from", before, "to", roleNames(roles))));
        return user;
    }

    public User changeActive(String username, boolean active) {
        caller.requireAnyRole(Role.ADMIN);
        User user = require(username);
        if (!active && user.getUsername().equals(caller.requireUsername())) {
            throw new ConflictException("You cannot deactivate your own account.");
        }
        if (!active && user.hasRole(Role.ADMIN) && isLastActiveAdmin(user)) {
            throw new ConflictException("Candor needs at least one active administrator.");
        }
        if (active) {
            user.activate();
        } else {
            user.deactivate();
        }
        changed.fire(new PersonChanged(user.getUsername()));
        audit.fire(
                AuditableEvent.of(
                        active ? "user.activated" : "user.deactivated",
                        caller.requireUsername(),
                        "user:" + user.getUsername()));
        return user;
    }

    public long count() {
        return em.createNamedQuery(User.COUNT, Long.class).getSingleResult();
    }

    /**
     * Creates a user without a caller check: for first-run setup and seeding, never for requests.
     */
    User register(NewUser request) {
        Map<String, String> problems = new LinkedHashMap<>();
        String username = normalise(request.username());
        if (!User.isValidUsername(username)) {
            problems.put(
                    "username",
                    "A username is 2 to 64 lower-case letters, digits, dots, dashes or "
                            + "underscores, starting with a letter or digit.");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            problems.put("displayName", "A display name is required.");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            problems.put("roles", "Choose at least one role.");
        }
        PasswordPolicy.problemWith(request.password())
                .ifPresent(problem -> problems.put("password", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (find(username).isPresent()) {
            throw new ConflictException("The username \"" + username + "\" is already taken.");
        }
        User user =
                new User(
                        username,
                        request.displayName(),
                        request.email(),
                        passwords.hash(request.password()),
                        request.roles(),
                        clock.instant());
        em.persist(user);
        // No caller during first-run setup and seeding: the entry then has no actor.
        audit.fire(
                new AuditableEvent(
                        "user.created",
                        caller.username().orElse(null),
                        "user:" + user.getUsername(),
                        Map.of("roles", roleNames(user.getRoles()))));
        return user;
    }

    /** Role names in alphabetical order, for the audit log. */
    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList().toString();
    }

    private boolean isLastActiveAdmin(User user) {
        return user.isActive() && activeAdmins() <= 1;
    }

    private long activeAdmins() {
        return em.createQuery(
                        "select count(distinct u) from User u join u.roles r where r = :role "
                                + "and u.active = true",
                        Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    private User require(String username) {
        return find(username)
                .orElseThrow(() -> new NotFoundException("There is no user \"" + username + "\"."));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
