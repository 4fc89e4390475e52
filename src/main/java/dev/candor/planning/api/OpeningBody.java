package dev.candor.planning.api;

import dev.candor.planning.application.OpeningForm;
import java.util.List;

/** The body of POST and PUT on an opening. */
public record OpeningBody(
        String title,
        String team,
        String description,
        List<String> hiringManagers,
        List<String> keyCompetencies) {

    OpeningForm toForm() {
        return new OpeningForm(title, team, description, hiringManagers, keyCompetencies);
    }
}
