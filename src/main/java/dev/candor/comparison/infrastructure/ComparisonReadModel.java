package dev.candor.comparison.infrastructure;

import dev.candor.comparison.application.AmendmentRow;
import dev.candor.comparison.application.CandidateHeader;
import dev.candor.comparison.application.CandidateRow;
import dev.candor.comparison.application.RatingRow;
import dev.candor.comparison.application.SeatRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the comparison needs with a fixed number of SQL statements, whatever the number of
 * candidates: one or two per kind of row (candidates, panel seats with scorecards, ratings,
 * amendments), each a join over planning's and scoring's tables returning scalars. No entities, no
 * lazy collections, so no N+1.
 *
 * <p>Only submitted, not withdrawn scorecards contribute ratings; the seats (active panel members
 * with their scorecard, if any) give "submitted of expected" and the pending list.
 */
@ApplicationScoped
public class ComparisonReadModel {

    private static final String SEATS =
            "SELECT i.candidate_id, i.id, i.stage_name, i.stage_position, i.starts_at, "
                    + "pm.username, u.display_name, s.id, s.status, s.recommendation, s.summary, s.submitted_at, "
                    + "s.amended_at "
                    + "FROM interview i "
                    + "LEFT JOIN interview_panel_member pm ON pm.interview_id = i.id AND pm.withdrawn = FALSE "
                    + "LEFT JOIN app_user u ON u.username = pm.username "
                    + "LEFT JOIN scorecard s ON s.interview_id = i.id AND s.interviewer = pm.username AND s.withdrawn = FALSE ";

    private static final String RATINGS_FROM =
            "FROM scorecard_rating r "
                    + "JOIN scorecard s ON s.id = r.scorecard_id "
                    + "JOIN interview i ON i.id = s.interview_id "
                    + "JOIN interview_question iq ON iq.interview_id = i.id AND iq.position = r.position "
                    + "JOIN question_version qv ON qv.id = iq.question_version_id "
                    + "JOIN competency co ON co.id = qv.competency_id ";

    private static final String RATINGS_WHERE =
            " AND s.status = 'SUBMITTED' AND s.withdrawn = FALSE ";

    // The report lays out its matrix in interview order; the comparison needs no order (it groups
    // by candidate).
    private static final String REPORT_ORDER =
            "ORDER BY i.stage_position, i.starts_at, i.id, r.position, s.interviewer";

    @PersistenceContext private EntityManager em;

    public Optional<String> openingTitle(long openingId) {
        return rows(
                        em.createNativeQuery("SELECT o.title FROM opening o WHERE o.id = ?1")
                                .setParameter(1, openingId)
                                .getResultList())
                .stream()
                .map(row -> row instanceof Object[] a ? (String) a[0] : (String) row)
                .findFirst();
    }

    public List<CandidateRow> candidates(long openingId) {
        List<CandidateRow> candidates = new ArrayList<>();
        for (Object row :
                rows(
                        em.createNativeQuery(
                                        "SELECT c.id, c.name, c.status FROM candidate c WHERE c.opening_id = ?1 ORDER BY c.id")
                                .setParameter(1, openingId)
                                .getResultList())) {
            Object[] a = (Object[]) row;
            candidates.add(new CandidateRow(number(a[0]), (String) a[1], (String) a[2]));
        }
        return candidates;
    }

    public Optional<CandidateHeader> candidate(long candidateId) {
        for (Object row :
                rows(
                        em.createNativeQuery(
                                        "SELECT c.id, c.name, c.status, o.id, o.title FROM candidate c "
                                                + "JOIN opening o ON o.id = c.opening_id WHERE c.id = ?1")
                                .setParameter(1, candidateId)
                                .getResultList())) {
            Object[] a = (Object[]) row;
            return Optional.of(
                    new CandidateHeader(
                            number(a[0]),
                            (String) a[1],
                            (String) a[2],
                            number(a[3]),
                            (String) a[4]));
        }
        return Optional.empty();
    }

    public boolean isHiringManager(long openingId, String username) {
        return !em.createNativeQuery(
                        "SELECT h.opening_id FROM opening_hiring_manager h "
                                + "WHERE h.opening_id = ?1 AND h.username = ?2")
                .setParameter(1, openingId)
                .setParameter(2, username)
                .getResultList()
                .isEmpty();
    }

    public List<SeatRow> seatsOfOpening(long openingId) {
        return seats(
                em.createNativeQuery(SEATS + "WHERE i.opening_id = ?1")
                        .setParameter(1, openingId)
                        .getResultList());
    }

    public List<SeatRow> seatsOfCandidate(long candidateId) {
        return seats(
                em.createNativeQuery(SEATS + "WHERE i.candidate_id = ?1")
                        .setParameter(1, candidateId)
                        .getResultList());
    }

    /**
     * The opening's submitted ratings without question texts and notes: what the comparison
     * computes on. Two statements: the ratings with their scorecard (no sort: the assembly groups
     * them), and the opening's interview questions (question and competency per interview and
     * position), joined here in memory. This keeps the database from joining 20,000 rating rows
     * with every interview question.
     */
    public List<RatingRow> ratingsOfOpening(long openingId) {
        Map<Long, Object[]> questionAt = new HashMap<>();
        for (Object row :
                rows(
                        em.createNativeQuery(
                                        "SELECT iq.interview_id, iq.position, qv.question_id, co.name, "
                                                + "i.stage_name FROM interview_question iq JOIN interview i ON i.id = iq.interview_id "
                                                + "JOIN question_version qv ON qv.id = iq.question_version_id "
                                                + "JOIN competency co ON co.id = qv.competency_id WHERE i.opening_id = ?1")
                                .setParameter(1, openingId)
                                .getResultList())) {
            Object[] a = (Object[]) row;
            questionAt.put(slot(number(a[0]), (int) number(a[1])), a);
        }
        List<?> result =
                em.createNativeQuery(
                                "SELECT s.candidate_id, s.interviewer, s.interview_id, r.position, "
                                        + "r.score, r.skipped FROM scorecard_rating r JOIN scorecard s ON s.id = r.scorecard_id "
                                        + "JOIN interview i ON i.id = s.interview_id WHERE i.opening_id = ?1"
                                        + RATINGS_WHERE)
                        .setParameter(1, openingId)
                        .getResultList();
        List<RatingRow> ratings = new ArrayList<>(result.size());
        for (Object row : result) {
            Object[] a = (Object[]) row;
            long interview = number(a[2]);
            int position = (int) number(a[3]);
            Object[] question = questionAt.get(slot(interview, position));
            if (question == null) {
                continue; // a rating for a position the interview no longer has: nothing to compare
                // it with
            }
            ratings.add(
                    new RatingRow(
                            number(a[0]),
                            (String) a[1],
                            interview,
                            (String) question[4],
                            number(question[2]),
                            position,
                            a[4] == null ? null : (int) number(a[4]),
                            bool(a[5]),
                            null,
                            null,
                            (String) question[3],
                            null));
        }
        return ratings;
    }

    private static long slot(long interviewId, int position) {
        return interviewId * 10_000L + position;
    }

    /**
     * One candidate's submitted ratings with question texts, skip reasons and notes: the report's
     * matrix.
     */
    public List<RatingRow> ratingsOfCandidate(long candidateId) {
        List<?> result =
                em.createNativeQuery(
                                "SELECT s.candidate_id, s.interviewer, i.id, i.stage_name, "
                                        + "qv.question_id, r.position, r.score, r.skipped, r.skip_reason, qv.question_text, co.name, "
                                        + "r.notes "
                                        + RATINGS_FROM
                                        + "WHERE s.candidate_id = ?1"
                                        + RATINGS_WHERE
                                        + REPORT_ORDER)
                        .setParameter(1, candidateId)
                        .getResultList();
        List<RatingRow> ratings = new ArrayList<>(result.size());
        for (Object row : result) {
            Object[] a = (Object[]) row;
            ratings.add(
                    new RatingRow(
                            number(a[0]),
                            (String) a[1],
                            number(a[2]),
                            (String) a[3],
                            number(a[4]),
                            (int) number(a[5]),
                            a[6] == null ? null : (int) number(a[6]),
                            bool(a[7]),
                            (String) a[8],
                            text(a[9]),
                            (String) a[10],
                            text(a[11])));
        }
        return ratings;
    }

    public List<AmendmentRow> amendmentsOfCandidate(long candidateId) {
        List<AmendmentRow> amendments = new ArrayList<>();
        for (Object row :
                rows(
                        em.createNativeQuery(
                                        "SELECT a.scorecard_id, a.amended_by, a.amended_at, a.reason "
                                                + "FROM scorecard_amendment a JOIN scorecard s ON s.id = a.scorecard_id "
                                                + "WHERE s.candidate_id = ?1 ORDER BY a.amended_at, a.id")
                                .setParameter(1, candidateId)
                                .getResultList())) {
            Object[] a = (Object[]) row;
            amendments.add(
                    new AmendmentRow(number(a[0]), (String) a[1], instant(a[2]), (String) a[3]));
        }
        return amendments;
    }

    private static List<SeatRow> seats(List<?> result) {
        List<SeatRow> seats = new ArrayList<>(result.size());
        for (Object row : result) {
            Object[] a = (Object[]) row;
            seats.add(
                    new SeatRow(
                            number(a[0]),
                            number(a[1]),
                            (String) a[2],
                            (int) number(a[3]),
                            instant(a[4]),
                            (String) a[5],
                            (String) a[6],
                            a[7] == null ? null : number(a[7]),
                            (String) a[8],
                            (String) a[9],
                            text(a[10]),
                            instant(a[11]),
                            a[12] != null));
        }
        return seats;
    }

    private static List<?> rows(List<?> result) {
        return result;
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

    static Instant instant(Object value) {
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
