package dev.candor.comparison.infrastructure;

import java.util.Map;
import java.util.Set;

/**
 * The contract between the comparison and the capabilities below it: every table and column of
 * theirs that the read model's SQL ({@link ReadModelSql}) reads, by owning capability. A migration
 * that renames or drops one of these must change the read model too; ReadModelTablesTest fails when
 * the SQL reads something not listed here, or when something listed here is in no migration.
 */
final class ReadModelTables {

    static final Map<String, Set<String>> COLUMNS =
            Map.ofEntries(
                    // identity
                    Map.entry("app_user", Set.of("username", "display_name")),
                    // question bank
                    Map.entry("competency", Set.of("id", "name")),
                    Map.entry(
                            "question_version",
                            Set.of("id", "question_id", "competency_id", "question_text")),
                    // planning
                    Map.entry("opening", Set.of("id", "title")),
                    Map.entry("opening_hiring_manager", Set.of("opening_id", "username")),
                    Map.entry("candidate", Set.of("id", "opening_id", "name", "status")),
                    Map.entry(
                            "interview",
                            Set.of(
                                    "id",
                                    "opening_id",
                                    "candidate_id",
                                    "stage_name",
                                    "stage_position",
                                    "starts_at")),
                    Map.entry(
                            "interview_panel_member",
                            Set.of("interview_id", "username", "withdrawn")),
                    Map.entry(
                            "interview_question",
                            Set.of("interview_id", "position", "question_version_id")),
                    // scoring
                    Map.entry(
                            "scorecard",
                            Set.of(
                                    "id",
                                    "interview_id",
                                    "candidate_id",
                                    "interviewer",
                                    "status",
                                    "withdrawn",
                                    "recommendation",
                                    "summary",
                                    "submitted_at",
                                    "amended_at")),
                    Map.entry(
                            "scorecard_rating",
                            Set.of(
                                    "scorecard_id",
                                    "position",
                                    "score",
                                    "skipped",
                                    "skip_reason",
                                    "notes")),
                    Map.entry(
                            "scorecard_amendment",
                            Set.of("id", "scorecard_id", "amended_by", "amended_at", "reason")));

    private ReadModelTables() {}
}
