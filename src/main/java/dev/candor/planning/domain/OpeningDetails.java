package dev.candor.planning.domain;

import dev.candor.questionbank.domain.Competency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What someone writes about an opening. Hiring managers are usernames the application layer has
 * checked against the user directory (active, with the HIRING_MANAGER role).
 */
public record OpeningDetails(
        String title,
        String team,
        String description,
        Set<String> hiringManagers,
        Set<Competency> keyCompetencies) {

    public OpeningDetails {
        hiringManagers = hiringManagers == null ? Set.of() : Set.copyOf(hiringManagers);
        keyCompetencies = keyCompetencies == null ? Set.of() : Set.copyOf(keyCompetencies);
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Limits.textProblem(title, Limits.TITLE, true)
                .ifPresent(p -> problems.put("title", "The title " + p + "."));
        Limits.textProblem(team, Limits.TEAM, true)
                .ifPresent(p -> problems.put("team", "The team " + p + "."));
        Limits.textProblem(description, Limits.DESCRIPTION, false)
                .ifPresent(p -> problems.put("description", "The description " + p + "."));
        return problems;
    }
}
