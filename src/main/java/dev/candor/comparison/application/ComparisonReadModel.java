package dev.candor.comparison.application;

import java.util.List;
import java.util.Optional;

/**
 * What the comparison reads from the capabilities below it, as flat rows: the port its SQL read
 * model ({@code comparison.infrastructure.SqlComparisonReadModel}) implements. The rows are plain
 * records, so the report assembly is tested without a database.
 */
public interface ComparisonReadModel {

    Optional<String> openingTitle(long openingId);

    List<CandidateRow> candidates(long openingId);

    Optional<CandidateHeader> candidate(long candidateId);

    boolean isHiringManager(long openingId, String username);

    /** Every seat on the opening's interview panels, with its scorecard if any. */
    List<SeatRow> seatsOfOpening(long openingId);

    List<SeatRow> seatsOfCandidate(long candidateId);

    /** The opening's submitted ratings, without question texts and notes. */
    List<RatingRow> ratingsOfOpening(long openingId);

    /** One candidate's submitted ratings with question texts, skip reasons and notes. */
    List<RatingRow> ratingsOfCandidate(long candidateId);

    List<AmendmentRow> amendmentsOfCandidate(long candidateId);
}
