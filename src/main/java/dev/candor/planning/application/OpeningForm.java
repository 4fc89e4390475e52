package dev.candor.planning.application;

import java.util.List;

/**
 * What a recruiter enters for an opening: hiring managers by username, key competencies by name.
 */
public record OpeningForm(
        String title,
        String team,
        String description,
        List<String> hiringManagers,
        List<String> keyCompetencies) {

    public OpeningForm {
        hiringManagers = hiringManagers == null ? List.of() : List.copyOf(hiringManagers);
        keyCompetencies = keyCompetencies == null ? List.of() : List.copyOf(keyCompetencies);
    }
}
