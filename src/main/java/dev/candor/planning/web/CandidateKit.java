package dev.candor.planning.web;

import dev.candor.planning.application.CandidateProfiles;
import dev.candor.planning.application.KitProfile;
import dev.candor.planning.application.ResumeInfo;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/** The candidate's profile on the interviewer's start screen (scoring's scorecard page). */
@Named
@RequestScoped
public class CandidateKit {

    @Inject private CandidateProfiles profiles;

    private final Map<Long, KitProfile> read = new HashMap<>();

    /** Asked several times while a page renders; read once. */
    public KitProfile of(long candidateId) {
        return read.computeIfAbsent(candidateId, profiles::inKit);
    }

    public String resumeText(ResumeInfo resume) {
        return Text.of("kit.profile.resumeLink", Math.max(1, (resume.sizeBytes() + 1023) / 1024));
    }
}
