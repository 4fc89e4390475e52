package dev.candor.planning.domain;

import dev.candor.shared.domain.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An interview's panel: who sits on it, who leaves or is withdrawn when it changes, and how senior
 * each seat is. Works on the interview's own list of seats, which the interview persists.
 */
final class Panel {

    private final Interview interview;
    private final List<PanelMember> members;

    Panel(Interview interview, List<PanelMember> members) {
        this.interview = interview;
        this.members = members;
    }

    /** The usernames named, trimmed, lower-cased and each once, in the order first named. */
    static List<String> usernames(List<String> usernames) {
        Set<String> result = new LinkedHashSet<>();
        if (usernames != null) {
            usernames.stream()
                    .filter(Objects::nonNull)
                    .map(String::strip)
                    .filter(u -> !u.isEmpty())
                    .map(u -> u.toLowerCase(Locale.ROOT))
                    .forEach(result::add);
        }
        return List.copyOf(result);
    }

    /** As {@link Interview#changePanel}. */
    PanelChange change(List<String> usernames, Predicate<String> hasStarted, Instant now) {
        List<String> wanted = usernames(usernames);
        if (wanted.isEmpty()) {
            throw new InvalidInputException("panel", "A panel needs at least one interviewer.");
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        for (PanelMember member : List.copyOf(members)) {
            if (wanted.contains(member.getUsername())) {
                if (member.isWithdrawn()) {
                    member.reinstate();
                    added.add(member.getUsername());
                }
            } else if (!member.isWithdrawn()) {
                if (hasStarted.test(member.getUsername())) {
                    member.withdraw(now);
                    withdrawn.add(member.getUsername());
                } else {
                    members.remove(member);
                    removed.add(member.getUsername());
                }
            }
        }
        for (String username : wanted) {
            if (member(username).isEmpty()) {
                members.add(new PanelMember(interview, username));
                added.add(username);
            }
        }
        return new PanelChange(added, removed, withdrawn);
    }

    /** As {@link Interview#rankSeats}. */
    void rank(Map<String, String> seniority) {
        if (seniority == null) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        seniority.forEach(
                (username, level) -> {
                    Optional<PanelMember> seat = member(username);
                    Optional<Seniority> known =
                            Arrays.stream(Seniority.values())
                                    .filter(s -> s.name().equalsIgnoreCase(String.valueOf(level)))
                                    .findFirst();
                    if (seat.isEmpty()) {
                        problems.put("seniority." + username, username + " is not on this panel.");
                    } else if (level != null && known.isEmpty()) {
                        problems.put("seniority." + username, "Use JUNIOR, MID, SENIOR or LEAD.");
                    } else {
                        seat.get().rank(known.orElse(null));
                    }
                });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    Optional<PanelMember> member(String username) {
        return members.stream().filter(m -> m.getUsername().equals(username)).findFirst();
    }
}
