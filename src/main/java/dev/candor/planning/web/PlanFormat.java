package dev.candor.planning.web;

import dev.candor.identity.application.SignInService;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Messages and names as planning's pages show them (times: {@code when.dateTime}). */
@Named
@ApplicationScoped
public class PlanFormat {

    @Inject private SignInService signIn;

    /**
     * A message of the bundle with its placeholders filled, for the pages ({@code
     * planFormat.fmt('key', a)}).
     */
    public String fmt(String key, Object a) {
        return Text.of(key, a);
    }

    public String fmt(String key, Object a, Object b) {
        return Text.of(key, a, b);
    }

    public String fmt(String key, Object a, Object b, Object c, Object d) {
        return Text.of(key, a, b, c, d);
    }

    /**
     * A person in the panel picker, where two people may share a name: the picker submits what it
     * shows, so the username stays in it.
     */
    public String person(String username) {
        return signIn.displayNameOf(username)
                .map(name -> name + " (" + username + ")")
                .orElse(username);
    }
}
