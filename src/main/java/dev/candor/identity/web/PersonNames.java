package dev.candor.identity.web;

import dev.candor.identity.application.SignInService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * People as the pages name them: by their display name, never their username (usernames are for
 * signing in and for the administrator's account management). A list of people reads in the
 * alphabetical order of their names, so the same panel always reads the same way.
 */
@Named("people")
@RequestScoped
public class PersonNames {

    @Inject private SignInService signIn;

    private final Map<String, String> known = new HashMap<>();

    /** The person's display name; the username itself only for an account that no longer exists. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return known.computeIfAbsent(username, u -> signIn.displayNameOf(u).orElse(u));
    }

    /** The names of these people, alphabetically. */
    public List<String> sorted(Collection<String> usernames) {
        if (usernames == null) {
            return List.of();
        }
        Collator order = Collator.getInstance(Locale.ENGLISH);
        return usernames.stream().map(this::name).sorted(order).toList();
    }

    /** The names of these people, alphabetically, separated by commas; "—" for nobody. */
    public String list(Collection<String> usernames) {
        List<String> names = sorted(usernames);
        return names.isEmpty() ? "\u2014" : String.join(", ", names);
    }
}
