package dev.candor.debrief.infrastructure;

import dev.candor.debrief.domain.ScorecardEvidence;
import dev.candor.debrief.domain.ScorecardEvidence.Answer;
import dev.candor.debrief.domain.SpeakingOrder.Speaker;
import dev.candor.planning.domain.Seniority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the debrief reads from planning's and scoring's tables, as scalars in a fixed number of
 * statements per request (like comparison's read model): submitted scorecards with their ratings
 * and notes, panel seats with seniority, an opening's candidates, key competencies and blind
 * switch.
 */
@ApplicationScoped
public class DebriefReadModel {

    @PersistenceContext private EntityManager em;

    /** The opening's submitted, not withdrawn scorecards with every rating and its notes. */
    public List<ScorecardEvidence> evidenceOfOpening(long openingId) {
        Map<Long, Object[]> cards = new LinkedHashMap<>();
        for (Object row :
                em.createNativeQuery(
                                "SELECT s.id, s.candidate_id, s.interviewer, i.starts_at, i.minutes, s.submitted_at, "
                                        + "s.recommendation, s.summary FROM scorecard s JOIN interview i ON i.id = s.interview_id "
                                        + "WHERE i.opening_id = ?1 AND s.status = 'SUBMITTED' AND s.withdrawn = FALSE ORDER BY s.id")
                        .setParameter(1, openingId)
                        .getResultList()) {
            Object[] a = (Object[]) row;
            cards.put(number(a[0]), a);
        }
        Map<Long, List<Answer>> answers = new LinkedHashMap<>();
        for (Object row :
                em.createNativeQuery(
                                "SELECT r.scorecard_id, qv.question_id, r.score, r.skipped, r.notes "
                                        + "FROM scorecard_rating r JOIN scorecard s ON s.id = r.scorecard_id "
                                        + "JOIN interview i ON i.id = s.interview_id "
                                        + "JOIN interview_question iq ON iq.interview_id = i.id AND iq.position = r.position "
                                        + "JOIN question_version qv ON qv.id = iq.question_version_id "
                                        + "WHERE i.opening_id = ?1 AND s.status = 'SUBMITTED' AND s.withdrawn = FALSE "
                                        + "ORDER BY r.scorecard_id, r.position")
                        .setParameter(1, openingId)
                        .getResultList()) {
            Object[] a = (Object[]) row;
            boolean skipped = bool(a[3]);
            answers.computeIfAbsent(number(a[0]), id -> new ArrayList<>())
                    .add(
                            new Answer(
                                    number(a[1]),
                                    skipped || a[2] == null ? null : (int) number(a[2]),
                                    text(a[4])));
        }
        List<ScorecardEvidence> evidence = new ArrayList<>(cards.size());
        cards.forEach(
                (id, a) -> {
                    Instant starts = instant(a[3]);
                    evidence.add(
                            new ScorecardEvidence(
                                    id,
                                    number(a[1]),
                                    (String) a[2],
                                    starts == null ? null : starts.plusSeconds(60 * number(a[4])),
                                    instant(a[5]),
                                    (String) a[6],
                                    text(a[7]),
                                    answers.getOrDefault(id, List.of())));
                });
        return evidence;
    }

    /** The candidate's active panel seats, one per person and interview. */
    public List<Speaker> panelOf(long candidateId) {
        List<Speaker> panel = new ArrayList<>();
        for (Object row :
                em.createNativeQuery(
                                "SELECT pm.username, u.display_name, pm.seniority FROM interview_panel_member pm "
                                        + "JOIN interview i ON i.id = pm.interview_id LEFT JOIN app_user u ON u.username = pm.username "
                                        + "WHERE i.candidate_id = ?1 AND pm.withdrawn = FALSE ORDER BY pm.id")
                        .setParameter(1, candidateId)
                        .getResultList()) {
            Object[] a = (Object[]) row;
            panel.add(
                    new Speaker(
                            (String) a[0],
                            a[1] == null ? (String) a[0] : (String) a[1],
                            a[2] == null ? null : Seniority.valueOf((String) a[2])));
        }
        return panel;
    }

    public Set<String> hiringManagers(long openingId) {
        Set<String> managers = new HashSet<>();
        for (Object row :
                em.createNativeQuery(
                                "SELECT h.username FROM opening_hiring_manager h WHERE h.opening_id = ?1")
                        .setParameter(1, openingId)
                        .getResultList()) {
            managers.add(row instanceof Object[] a ? (String) a[0] : (String) row);
        }
        return managers;
    }

    /** Display names of the opening's hiring managers, by username. */
    public Map<String, String> hiringManagerNames(long openingId) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object row :
                em.createNativeQuery(
                                "SELECT h.username, u.display_name FROM opening_hiring_manager h "
                                        + "LEFT JOIN app_user u ON u.username = h.username WHERE h.opening_id = ?1 ORDER BY h.username")
                        .setParameter(1, openingId)
                        .getResultList()) {
            Object[] a = (Object[]) row;
            names.put((String) a[0], a[1] == null ? (String) a[0] : (String) a[1]);
        }
        return names;
    }

    public List<String> keyCompetencies(long openingId) {
        return strings(
                em.createNativeQuery(
                                "SELECT co.name FROM opening_competency oc JOIN competency co ON co.id = oc.competency_id "
                                        + "WHERE oc.opening_id = ?1 ORDER BY co.name")
                        .setParameter(1, openingId)
                        .getResultList());
    }

    public List<String> bankCompetencies() {
        return strings(
                em.createNativeQuery("SELECT co.name FROM competency co ORDER BY co.name")
                        .getResultList());
    }

    /** The opening's candidate ids, oldest first. */
    public List<Long> candidateIds(long openingId) {
        List<Long> ids = new ArrayList<>();
        for (Object row :
                em.createNativeQuery(
                                "SELECT c.id FROM candidate c WHERE c.opening_id = ?1 ORDER BY c.id")
                        .setParameter(1, openingId)
                        .getResultList()) {
            ids.add(number(row instanceof Object[] a ? a[0] : row));
        }
        return ids;
    }

    public boolean isBlind(long openingId) {
        List<?> rows =
                em.createNativeQuery("SELECT o.blind FROM opening o WHERE o.id = ?1")
                        .setParameter(1, openingId)
                        .getResultList();
        return !rows.isEmpty() && bool(rows.get(0) instanceof Object[] a ? a[0] : rows.get(0));
    }

    /** The candidates of the opening with at least one recorded decision. */
    public Set<Long> decided(long openingId) {
        Set<Long> ids = new HashSet<>();
        for (Object row :
                em.createNativeQuery(
                                "SELECT DISTINCT d.candidate_id FROM debrief_decision d JOIN candidate c ON c.id = d.candidate_id "
                                        + "WHERE c.opening_id = ?1")
                        .setParameter(1, openingId)
                        .getResultList()) {
            ids.add(number(row instanceof Object[] a ? a[0] : row));
        }
        return ids;
    }

    /** The opening a candidate belongs to, or null. */
    public Long openingOf(long candidateId) {
        List<?> rows =
                em.createNativeQuery("SELECT c.opening_id FROM candidate c WHERE c.id = ?1")
                        .setParameter(1, candidateId)
                        .getResultList();
        return rows.isEmpty()
                ? null
                : number(rows.get(0) instanceof Object[] a ? a[0] : rows.get(0));
    }

    /** The candidate a scorecard is about, or null. */
    public Long candidateOfScorecard(long scorecardId) {
        List<?> rows =
                em.createNativeQuery("SELECT s.candidate_id FROM scorecard s WHERE s.id = ?1")
                        .setParameter(1, scorecardId)
                        .getResultList();
        return rows.isEmpty()
                ? null
                : number(rows.get(0) instanceof Object[] a ? a[0] : rows.get(0));
    }

    private static List<String> strings(List<?> rows) {
        List<String> values = new ArrayList<>();
        for (Object row : rows) {
            values.add(row instanceof Object[] a ? (String) a[0] : (String) row);
        }
        return values;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof Number n && n.intValue() != 0;
    }

    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value.toString();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalStateException("Not a point in time: " + value.getClass());
    }
}
