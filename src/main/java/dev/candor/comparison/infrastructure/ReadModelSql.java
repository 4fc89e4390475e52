package dev.candor.comparison.infrastructure;

/**
 * The read model's SQL, in one place: each statement returns scalars over planning's, scoring's,
 * the question bank's and identity's tables. {@link ReadModelTables} lists what they read, and a
 * test holds the two together.
 */
final class ReadModelSql {

    static final String OPENING_TITLE = "SELECT o.title FROM opening o WHERE o.id = ?1";

    static final String CANDIDATES =
            "SELECT c.id, c.name, c.status FROM candidate c WHERE c.opening_id = ?1 ORDER BY c.id";

    static final String CANDIDATE =
            "SELECT c.id, c.name, c.status, o.id, o.title FROM candidate c "
                    + "JOIN opening o ON o.id = c.opening_id WHERE c.id = ?1";

    static final String HIRING_MANAGER =
            "SELECT h.opening_id FROM opening_hiring_manager h "
                    + "WHERE h.opening_id = ?1 AND h.username = ?2";

    private static final String SEATS =
            "SELECT i.candidate_id, i.id, i.stage_name, i.stage_position, i.starts_at, "
                    + "pm.username, u.display_name, s.id, s.status, s.recommendation, s.summary, s.submitted_at, "
                    + "s.amended_at "
                    + "FROM interview i "
                    + "LEFT JOIN interview_panel_member pm ON pm.interview_id = i.id AND pm.withdrawn = FALSE "
                    + "LEFT JOIN app_user u ON u.username = pm.username "
                    + "LEFT JOIN scorecard s ON s.interview_id = i.id AND s.interviewer = pm.username AND s.withdrawn = FALSE ";

    static final String SEATS_OF_OPENING = SEATS + "WHERE i.opening_id = ?1";

    static final String SEATS_OF_CANDIDATE = SEATS + "WHERE i.candidate_id = ?1";

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

    static final String QUESTIONS_OF_OPENING =
            "SELECT iq.interview_id, iq.position, qv.question_id, co.name, "
                    + "i.stage_name FROM interview_question iq JOIN interview i ON i.id = iq.interview_id "
                    + "JOIN question_version qv ON qv.id = iq.question_version_id "
                    + "JOIN competency co ON co.id = qv.competency_id WHERE i.opening_id = ?1";

    static final String RATINGS_OF_OPENING =
            "SELECT s.candidate_id, s.interviewer, s.interview_id, r.position, "
                    + "r.score, r.skipped FROM scorecard_rating r JOIN scorecard s ON s.id = r.scorecard_id "
                    + "JOIN interview i ON i.id = s.interview_id WHERE i.opening_id = ?1"
                    + RATINGS_WHERE;

    static final String RATINGS_OF_CANDIDATE =
            "SELECT s.candidate_id, s.interviewer, i.id, i.stage_name, "
                    + "qv.question_id, r.position, r.score, r.skipped, r.skip_reason, qv.question_text, co.name, "
                    + "r.notes "
                    + RATINGS_FROM
                    + "WHERE s.candidate_id = ?1"
                    + RATINGS_WHERE
                    + REPORT_ORDER;

    static final String AMENDMENTS_OF_CANDIDATE =
            "SELECT a.scorecard_id, a.amended_by, a.amended_at, a.reason "
                    + "FROM scorecard_amendment a JOIN scorecard s ON s.id = a.scorecard_id "
                    + "WHERE s.candidate_id = ?1 ORDER BY a.amended_at, a.id";

    private ReadModelSql() {}
}
