package dev.candor.planning.application;

import java.util.List;

/**
 * The candidate's profile as the interview kit shows it before the interview.
 *
 * @param blind the opening compares candidates blind: the profile is withheld from the panel
 * @param resume null when no résumé was uploaded (or the profile is withheld)
 * @param timeZone the candidate's region id, "" when not known (or withheld)
 */
public record KitProfile(
        long candidateId,
        boolean blind,
        List<String> links,
        String source,
        ResumeInfo resume,
        String timeZone)
        implements java.io.Serializable {

    static KitProfile withheld(long candidateId) {
        return new KitProfile(candidateId, true, List.of(), "", null, "");
    }

    public boolean isEmpty() {
        return !blind
                && links.isEmpty()
                && source.isEmpty()
                && resume == null
                && timeZone.isEmpty();
    }
}
