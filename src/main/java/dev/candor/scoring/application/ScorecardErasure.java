package dev.candor.scoring.application;

import dev.candor.planning.domain.CandidateErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * When planning erases a candidate, every word interviewers wrote about them goes too, in the same
 * transaction: rating notes and reasons for not asking, the recommendation's summary (draft or
 * submitted), and the words in amendments (their reasons and the old and new texts). Scores,
 * recommendations and who interviewed stay, so the opening's statistics and the other candidates'
 * reports read as before. Bulk updates: planning's erasure loads no scorecard, so nothing in this
 * transaction holds an older copy that could be written back.
 */
@ApplicationScoped
public class ScorecardErasure {

    @PersistenceContext private EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes CandidateErased erased) {
        long candidate = erased.candidateId();
        // Amendments' texts first: the element collection has no entity to update through JPQL.
        em.createNativeQuery(
                        "UPDATE scorecard_amendment_change SET old_value = NULL, new_value = NULL"
                                + " WHERE field IN ('NOTES', 'SKIP_REASON', 'SUMMARY')"
                                + " AND amendment_id IN (SELECT a.id FROM scorecard_amendment a"
                                + " JOIN scorecard s ON s.id = a.scorecard_id"
                                + " WHERE s.candidate_id = ?1)")
                .setParameter(1, candidate)
                .executeUpdate();
        em.createQuery(
                        "update Amendment a set a.reason = '' where a.scorecard.id in"
                                + " (select s.id from Scorecard s where s.candidateId = :c)")
                .setParameter("c", candidate)
                .executeUpdate();
        em.createQuery(
                        "update Rating r set r.notes = null, r.skipReason = null where r.scorecard.id"
                                + " in (select s.id from Scorecard s where s.candidateId = :c)")
                .setParameter("c", candidate)
                .executeUpdate();
        em.createQuery("update Scorecard s set s.summary = null where s.candidateId = :c")
                .setParameter("c", candidate)
                .executeUpdate();
    }
}
