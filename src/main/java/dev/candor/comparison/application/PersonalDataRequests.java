package dev.candor.comparison.application;

import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.planning.application.PlanningAccess;
import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.CandidateResume;
import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.PanelMember;
import dev.candor.scoring.domain.AmendedValue;
import dev.candor.scoring.domain.Amendment;
import dev.candor.scoring.domain.Rating;
import dev.candor.scoring.domain.Scorecard;
import dev.candor.shared.domain.AuditableEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/**
 * A candidate's access request (GDPR art. 15): everything Candor holds about them in one JSON
 * document — their details and profile (the résumé included), the opening, each interview and
 * panel, and every scorecard with its ratings, notes, summary and amendments. For administrators
 * and recruiters, who answer such requests; the hand-over is recorded in the audit log.
 */
@ApplicationScoped
@Transactional
public class PersonalDataRequests {

    @PersistenceContext private EntityManager em;

    @Inject private Caller caller;

    @Inject private PlanningAccess access;

    @Inject private Clock clock;

    @Inject private Event<AuditableEvent> audit;

    public JsonObject of(long candidateId) {
        caller.requireAnyRole(Role.ADMIN, Role.RECRUITER);
        Candidate candidate = access.candidate(candidateId);
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("producedAt", clock.instant().toString())
                        .add("candidate", candidate(candidate))
                        .add(
                                "opening",
                                Json.createObjectBuilder()
                                        .add("id", candidate.getOpening().getId())
                                        .add("title", candidate.getOpening().getTitle()))
                        .add("profile", profile(candidate))
                        .add("interviews", interviews(candidateId))
                        .add("scorecards", scorecards(candidateId));
        audit.fire(
                new AuditableEvent(
                        "candidate.personal-data.exported",
                        caller.requireUsername(),
                        "candidate:" + candidateId,
                        Map.of()));
        return json.build();
    }

    private static JsonObjectBuilder candidate(Candidate candidate) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", candidate.getId())
                        .add("name", candidate.getName())
                        .add("email", candidate.getEmail())
                        .add("status", candidate.getStatus().name())
                        .add("createdAt", candidate.getCreatedAt().toString());
        text(json, "phone", candidate.getPhone());
        text(json, "notes", candidate.getNotes());
        text(json, "erasedAt", candidate.isErased() ? candidate.getErasedAt().toString() : null);
        return json;
    }

    /** Links, source and the résumé itself (Base64), so the hand-over is complete. */
    private JsonObjectBuilder profile(Candidate candidate) {
        JsonArrayBuilder links = Json.createArrayBuilder();
        candidate.getProfile().links().forEach(links::add);
        JsonObjectBuilder json = Json.createObjectBuilder().add("links", links);
        text(json, "source", candidate.getProfile().source());
        CandidateResume resume = em.find(CandidateResume.class, candidate.getId());
        if (resume != null) {
            json.add(
                    "resume",
                    Json.createObjectBuilder()
                            .add("contentType", "application/pdf")
                            .add("sizeBytes", resume.getSizeBytes())
                            .add("uploadedAt", resume.getUploadedAt().toString())
                            .add("uploadedBy", resume.getUploadedBy())
                            .add(
                                    "contentBase64",
                                    Base64.getEncoder().encodeToString(resume.getContent())));
        }
        return json;
    }

    private JsonArrayBuilder interviews(long candidateId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        em.createQuery(
                        "select i from Interview i where i.candidate.id = :c order by i.startsAt",
                        Interview.class)
                .setParameter("c", candidateId)
                .getResultStream()
                .forEach(
                        interview -> {
                            JsonArrayBuilder panel = Json.createArrayBuilder();
                            interview.getPanel().stream()
                                    .map(PanelMember::getUsername)
                                    .forEach(panel::add);
                            all.add(
                                    Json.createObjectBuilder()
                                            .add("id", interview.getId())
                                            .add("stage", interview.getStageName())
                                            .add("startsAt", interview.getStartsAt().toString())
                                            .add("minutes", interview.getMinutes())
                                            .add("panel", panel));
                        });
        return all;
    }

    private JsonArrayBuilder scorecards(long candidateId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        em.createQuery(
                        "select s from Scorecard s where s.candidateId = :c order by s.id",
                        Scorecard.class)
                .setParameter("c", candidateId)
                .getResultStream()
                .forEach(scorecard -> all.add(scorecard(scorecard)));
        return all;
    }

    private JsonObjectBuilder scorecard(Scorecard scorecard) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", scorecard.getId())
                        .add("interviewId", scorecard.getInterviewId())
                        .add("interviewer", scorecard.getInterviewer())
                        .add("status", scorecard.getStatus().name());
        text(
                json,
                "recommendation",
                scorecard.getRecommendation() == null
                        ? null
                        : scorecard.getRecommendation().name());
        text(json, "summary", scorecard.getSummary());
        JsonArrayBuilder ratings = Json.createArrayBuilder();
        em.createQuery(
                        "select r from Rating r where r.scorecardId = :s order by r.position",
                        Rating.class)
                .setParameter("s", scorecard.getId())
                .getResultStream()
                .forEach(rating -> ratings.add(rating(rating)));
        JsonArrayBuilder amendments = Json.createArrayBuilder();
        em.createQuery(
                        "select a from Amendment a where a.scorecard = :s order by a.amendedAt",
                        Amendment.class)
                .setParameter("s", scorecard)
                .getResultStream()
                .forEach(amendment -> amendments.add(amendment(amendment)));
        return json.add("ratings", ratings).add("amendments", amendments);
    }

    private static JsonObjectBuilder rating(Rating rating) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("position", rating.getPosition())
                        .add("skipped", rating.isSkipped());
        if (rating.getScore() == null) {
            json.addNull("score");
        } else {
            json.add("score", rating.getScore());
        }
        text(json, "skipReason", rating.getSkipReason());
        text(json, "notes", rating.getNotes());
        return json;
    }

    private static JsonObjectBuilder amendment(Amendment amendment) {
        JsonArrayBuilder changes = Json.createArrayBuilder();
        for (AmendedValue change : amendment.getChanges()) {
            JsonObjectBuilder value =
                    Json.createObjectBuilder().add("field", change.getField().name());
            if (change.getPosition() != null) {
                value.add("position", change.getPosition());
            }
            text(value, "oldValue", change.getOldValue());
            text(value, "newValue", change.getNewValue());
            changes.add(value);
        }
        return Json.createObjectBuilder()
                .add("amendedBy", amendment.getAmendedBy())
                .add("amendedAt", amendment.getAmendedAt().toString())
                .add("reason", amendment.getReason())
                .add("changes", changes);
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
