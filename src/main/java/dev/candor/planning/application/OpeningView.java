package dev.candor.planning.application;

import dev.candor.planning.domain.Opening;
import java.util.List;

/** An opening as lists, pages and the API show it, with its progress. */
public record OpeningView(
        long id,
        String title,
        String team,
        String description,
        List<String> hiringManagers,
        String status,
        List<String> keyCompetencies,
        int stages,
        long candidates,
        long interviews,
        int scorecardsSubmitted,
        int scorecardsExpected,
        boolean blind,
        long version)
        implements java.io.Serializable {

    static OpeningView of(
            Opening opening, long candidates, long interviews, ScoringProgress.Progress progress) {
        return new OpeningView(
                opening.getId(),
                opening.getTitle(),
                opening.getTeam(),
                opening.getDescription(),
                opening.getHiringManagersSorted(),
                opening.getStatus().name(),
                opening.getKeyCompetencies().stream().map(c -> c.getName()).toList(),
                opening.getStages().size(),
                candidates,
                interviews,
                progress.submitted(),
                progress.expected(),
                opening.isBlind(),
                opening.getEntityVersion());
    }
}
