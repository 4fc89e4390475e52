package dev.candor.comparison.infrastructure;

import static dev.candor.comparison.infrastructure.ColumnValues.bool;
import static dev.candor.comparison.infrastructure.ColumnValues.instant;
import static dev.candor.comparison.infrastructure.ColumnValues.number;
import static dev.candor.comparison.infrastructure.ColumnValues.numberOrNull;
import static dev.candor.comparison.infrastructure.ColumnValues.text;

import dev.candor.comparison.application.AmendmentRow;
import dev.candor.comparison.application.CandidateHeader;
import dev.candor.comparison.application.CandidateRow;
import dev.candor.comparison.application.ComparisonReadModel;
import dev.candor.comparison.application.RatingRow;
import dev.candor.comparison.application.SeatRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the comparison needs with a fixed number of SQL statements, whatever the number of
 * candidates: one or two per kind of row (candidates, panel seats with scorecards, ratings,
 * amendments), each a join over planning's and scoring's tables returning scalars. No entities, no
 * lazy collections, so no N+1. The statements are in {@link ReadModelSql}, the tables they read in
 * {@link ReadModelTables}.
 *
 * <p>Only submitted, not withdrawn scorecards contribute ratings; the seats (active panel members
 * with their scorecard, if any) give "submitted of expected" and the pending list.
 */
@ApplicationScoped
public class SqlComparisonReadModel implements ComparisonReadModel {

    @PersistenceContext private EntityManager em;

    @Override
    public Optional<String> openingTitle(long openingId) {
        return query(ReadModelSql.OPENING_TITLE, openingId).stream()
                .map(row -> row instanceof Object[] a ? (String) a[0] : (String) row)
                .findFirst();
    }

    @Override
    public List<CandidateRow> candidates(long openingId) {
        List<CandidateRow> candidates = new ArrayList<>();
        for (Object[] a : rows(ReadModelSql.CANDIDATES, openingId)) {
            candidates.add(new CandidateRow(number(a[0]), (String) a[1], (String) a[2]));
        }
        return candidates;
    }

    @Override
    public Optional<CandidateHeader> candidate(long candidateId) {
        return rows(ReadModelSql.CANDIDATE, candidateId).stream()
                .map(
                        a ->
                                new CandidateHeader(
                                        number(a[0]),
                                        (String) a[1],
                                        (String) a[2],
                                        number(a[3]),
                                        (String) a[4]))
                .findFirst();
    }

    @Override
    public boolean isHiringManager(long openingId, String username) {
        return !em.createNativeQuery(ReadModelSql.HIRING_MANAGER)
                .setParameter(1, openingId)
                .setParameter(2, username)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<SeatRow> seatsOfOpening(long openingId) {
        return seats(rows(ReadModelSql.SEATS_OF_OPENING, openingId));
    }

    @Override
    public List<SeatRow> seatsOfCandidate(long candidateId) {
        return seats(rows(ReadModelSql.SEATS_OF_CANDIDATE, candidateId));
    }

    /**
     * The opening's submitted ratings without question texts and notes: what the comparison
     * computes on. Two statements: the ratings with their scorecard (no sort: the assembly groups
     * them), and the opening's interview questions (question and competency per interview and
     * position), joined here in memory. This keeps the database from joining 20,000 rating rows
     * with every interview question.
     */
    @Override
    public List<RatingRow> ratingsOfOpening(long openingId) {
        Map<Long, Object[]> questionAt = new HashMap<>();
        for (Object[] a : rows(ReadModelSql.QUESTIONS_OF_OPENING, openingId)) {
            questionAt.put(slot(number(a[0]), (int) number(a[1])), a);
        }
        List<Object[]> result = rows(ReadModelSql.RATINGS_OF_OPENING, openingId);
        List<RatingRow> ratings = new ArrayList<>(result.size());
        for (Object[] a : result) {
            long interview = number(a[2]);
            int position = (int) number(a[3]);
            Object[] question = questionAt.get(slot(interview, position));
            if (question == null) {
                // a rating for a position the interview no longer has: nothing to compare it with
                continue;
            }
            ratings.add(
                    new RatingRow(
                            number(a[0]),
                            (String) a[1],
                            interview,
                            (String) question[4],
                            number(question[2]),
                            position,
                            numberOrNull(a[4]),
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
    @Override
    public List<RatingRow> ratingsOfCandidate(long candidateId) {
        List<Object[]> result = rows(ReadModelSql.RATINGS_OF_CANDIDATE, candidateId);
        List<RatingRow> ratings = new ArrayList<>(result.size());
        for (Object[] a : result) {
            ratings.add(
                    new RatingRow(
                            number(a[0]),
                            (String) a[1],
                            number(a[2]),
                            (String) a[3],
                            number(a[4]),
                            (int) number(a[5]),
                            numberOrNull(a[6]),
                            bool(a[7]),
                            (String) a[8],
                            text(a[9]),
                            (String) a[10],
                            text(a[11])));
        }
        return ratings;
    }

    @Override
    public List<AmendmentRow> amendmentsOfCandidate(long candidateId) {
        List<AmendmentRow> amendments = new ArrayList<>();
        for (Object[] a : rows(ReadModelSql.AMENDMENTS_OF_CANDIDATE, candidateId)) {
            amendments.add(
                    new AmendmentRow(number(a[0]), (String) a[1], instant(a[2]), (String) a[3]));
        }
        return amendments;
    }

    private static List<SeatRow> seats(List<Object[]> result) {
        List<SeatRow> seats = new ArrayList<>(result.size());
        for (Object[] a : result) {
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

    private List<?> query(String sql, long id) {
        return em.createNativeQuery(sql).setParameter(1, id).getResultList();
    }

    /** For statements of more than one column, whose rows are arrays. */
    private List<Object[]> rows(String sql, long id) {
        return query(sql, id).stream().map(row -> (Object[]) row).toList();
    }
}
