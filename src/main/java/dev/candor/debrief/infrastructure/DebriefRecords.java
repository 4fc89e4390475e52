package dev.candor.debrief.infrastructure;

import dev.candor.debrief.domain.DecisionRecord;
import dev.candor.debrief.domain.DecisionRules;
import dev.candor.debrief.domain.FlagReview;
import dev.candor.debrief.domain.OpeningRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The debrief's own records: rules per opening, flag reviews, decisions. */
@ApplicationScoped
public class DebriefRecords {

    @PersistenceContext private EntityManager em;

    public DecisionRules rules(long openingId) {
        OpeningRules stored = em.find(OpeningRules.class, openingId);
        return stored == null ? DecisionRules.defaults() : stored.rules();
    }

    public void saveRules(long openingId, DecisionRules rules) {
        OpeningRules stored = em.find(OpeningRules.class, openingId);
        if (stored == null) {
            em.persist(new OpeningRules(openingId, rules));
        } else {
            stored.replace(rules);
        }
    }

    /** The candidate's decisions, oldest first. */
    public List<DecisionRecord> decisionsOf(long candidateId) {
        return em.createQuery(
                        "select d from DecisionRecord d where d.candidateId = :c order by d.recordedAt, d.id",
                        DecisionRecord.class)
                .setParameter("c", candidateId)
                .getResultList();
    }

    public void add(DecisionRecord decision) {
        em.persist(decision);
        em.flush();
    }

    public void add(FlagReview review) {
        em.persist(review);
        em.flush();
    }

    /** Reviews of flags on these scorecards, by flag id. */
    public Map<String, FlagReview> reviewsOf(Collection<Long> scorecardIds) {
        Map<String, FlagReview> reviews = new HashMap<>();
        if (scorecardIds.isEmpty()) {
            return reviews;
        }
        em.createQuery("select r from FlagReview r where r.scorecardId in :ids", FlagReview.class)
                .setParameter("ids", List.copyOf(scorecardIds))
                .getResultList()
                .forEach(r -> reviews.put(r.flagId(), r));
        return reviews;
    }
}
