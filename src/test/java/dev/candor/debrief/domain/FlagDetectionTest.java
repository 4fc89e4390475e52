package dev.candor.debrief.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.debrief.domain.ScorecardEvidence.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlagDetectionTest {

    private static final Instant END = Instant.parse("2026-11-20T11:00:00Z");
    private static final String EVIDENCE =
            "Described the outage, the rollback and the customer call in detail.";

    private final FlagDetection detection =
            new FlagDetection(
                    FlagThresholds.defaults(),
                    NonJobRelatedLanguage.load(Locale.ENGLISH),
                    Wording.bundle(Locale.ENGLISH));

    private static ScorecardEvidence card(
            long id,
            long candidate,
            String who,
            Duration after,
            String recommendation,
            String summary,
            Answer... answers) {
        return new ScorecardEvidence(
                id,
                candidate,
                who,
                END,
                END.plus(after),
                recommendation,
                summary,
                List.of(answers));
    }

    private static ScorecardEvidence clean(long id, long candidate, String who) {
        return card(
                id,
                candidate,
                who,
                Duration.ofHours(1),
                "YES",
                "Solid examples throughout.",
                new Answer(
                        1,
                        3,
                        "Explained the trade-off between speed and quality with one project."),
                new Answer(2, 4, "Led the migration and measured the outcome afterwards."));
    }

    private List<FlagKind> kinds(ScorecardEvidence card, ScorecardEvidence... others) {
        return detection.flags(List.of(card), List.of(others)).stream().map(Flag::kind).toList();
    }

    @Test
    void aCleanScorecardHasNoFlag() {
        assertEquals(List.of(), kinds(clean(1, 1, "ana")));
    }

    @Test
    void aScorecardSubmittedMoreThanADayAfterTheInterviewIsLate() {
        assertEquals(
                List.of(FlagKind.LATE_SUBMISSION),
                kinds(
                        card(
                                1,
                                1,
                                "ana",
                                Duration.ofHours(30),
                                "YES",
                                "ok",
                                new Answer(1, 3, "x"),
                                new Answer(2, 4, "y"))));
        assertEquals(
                List.of(),
                kinds(
                        card(
                                1,
                                1,
                                "ana",
                                Duration.ofHours(24),
                                "YES",
                                "ok",
                                new Answer(1, 3, "x"),
                                new Answer(2, 4, "y"))));
    }

    @Test
    void aStrongYesWithAMeanBelowThreeOrAStrongNoAboveFourIsInconsistent() {
        assertEquals(
                List.of(FlagKind.RECOMMENDATION_INCONSISTENT),
                kinds(
                        card(
                                1,
                                1,
                                "ana",
                                Duration.ZERO,
                                "STRONG_YES",
                                "ok",
                                new Answer(1, 2, "x"),
                                new Answer(2, 3, "y"))));
        assertEquals(
                List.of(FlagKind.RECOMMENDATION_INCONSISTENT),
                kinds(
                        card(
                                1,
                                1,
                                "ana",
                                Duration.ZERO,
                                "STRONG_NO",
                                "ok",
                                new Answer(1, 4, EVIDENCE),
                                new Answer(2, 5, EVIDENCE))));
        assertEquals(
                List.of(),
                kinds(
                        card(
                                1,
                                1,
                                "ana",
                                Duration.ZERO,
                                "STRONG_YES",
                                "ok",
                                new Answer(1, 3, "x"),
                                new Answer(2, 3, "y"),
                                new Answer(3, 4, "z"))));
    }

    @Test
    void nearDuplicateNotesBetweenInterviewersAreCopied() {
        String notes =
                "She walked through the failed deployment, how she rolled it back within ten minutes and then called the three affected customers herself.";
        ScorecardEvidence mine =
                card(
                        1,
                        1,
                        "ana",
                        Duration.ZERO,
                        "YES",
                        "ok",
                        new Answer(1, 3, notes),
                        new Answer(2, 4, "Fine."));
        ScorecardEvidence theirs =
                card(
                        2,
                        1,
                        "ben",
                        Duration.ZERO,
                        "YES",
                        "ok",
                        new Answer(1, 4, notes.replace("ten", "fifteen")),
                        new Answer(2, 3, "Good."));
        List<Flag> flags = detection.flags(List.of(mine, theirs), List.of());
        assertEquals(
                List.of(FlagKind.COPIED_NOTES, FlagKind.COPIED_NOTES),
                flags.stream().map(Flag::kind).toList());
        assertTrue(flags.get(0).detail().contains("ben"), flags.get(0).detail());
    }

    @Test
    void notesCopiedFromAnotherCandidateAreCopied() {
        String notes =
                "Gave a clear example of handling an angry customer, apologised, fixed the billing error and followed up a week later.";
        ScorecardEvidence mine =
                card(
                        1,
                        1,
                        "ana",
                        Duration.ZERO,
                        "YES",
                        "ok",
                        new Answer(1, 3, notes),
                        new Answer(2, 4, "x"));
        ScorecardEvidence otherCandidate =
                card(
                        9,
                        2,
                        "ana",
                        Duration.ZERO,
                        "YES",
                        "ok",
                        new Answer(1, 3, notes),
                        new Answer(2, 2, "y"));
        assertEquals(List.of(FlagKind.COPIED_NOTES), kinds(mine, otherCandidate));
    }

    @Test
    void twoShortDifferentAnswersAboutTheSameQuestionAreNotCopied() {
        ScorecardEvidence mine =
                card(
                        1,
                        1,
                        "ana",
                        Duration.ZERO,
                        "YES",
                        "ok",
                        new Answer(
                                1, 3, "Handled the angry customer calmly and refunded the order."),
                        new Answer(2, 4, "x"));
        ScorecardEvidence theirs =
                card(
                        2,
                        1,
                        "ben",
                        Duration.ZERO,
                        "YES",
                        "ok",
                        new Answer(
                                1,
                                4,
                                "Calmed the angry customer down, then refunded the order quickly."),
                        new Answer(2, 3, "y"));
        assertEquals(List.of(), detection.flags(List.of(mine, theirs), List.of()));
    }

    @Test
    void anExtremeScoreWithShortNotesIsThinEvidence() {
        assertEquals(
                List.of(FlagKind.THIN_EVIDENCE),
                kinds(
                        card(
                                1,
                                1,
                                "ana",
                                Duration.ZERO,
                                "YES",
                                "ok",
                                new Answer(1, 5, "Great."),
                                new Answer(2, 4, "x"))));
        assertEquals(
                List.of(),
                kinds(
                        card(
                                1,
                                1,
                                "ana",
                                Duration.ZERO,
                                "YES",
                                "ok",
                                new Answer(1, 5, EVIDENCE),
                                new Answer(2, 4, "x"))));
    }

    @Test
    void theSameScoreOnEveryQuestionIsNoDifferentiation() {
        assertEquals(
                List.of(FlagKind.NO_DIFFERENTIATION),
                kinds(
                        card(
                                1,
                                1,
                                "ana",
                                Duration.ZERO,
                                "YES",
                                "ok",
                                new Answer(1, 4, "a"),
                                new Answer(2, 4, "b"),
                                new Answer(3, 4, "c"))));
        assertEquals(
                List.of(),
                kinds(
                        card(
                                1,
                                1,
                                "ana",
                                Duration.ZERO,
                                "YES",
                                "ok",
                                new Answer(1, 4, "a"),
                                new Answer(2, 4, "b"))),
                "two questions are too few to judge");
    }

    @Test
    void protectedCharacteristicsAndVagueImpressionsAreFlaggedWithTheWordsAndWhy() {
        ScorecardEvidence card =
                card(
                        1,
                        1,
                        "ana",
                        Duration.ZERO,
                        "NO",
                        "Not a culture fit, and she is pregnant.",
                        new Answer(1, 3, "x"),
                        new Answer(2, 2, "y"));
        List<Flag> flags = detection.flags(List.of(card), List.of());
        assertEquals(
                List.of(FlagKind.NON_JOB_RELATED_LANGUAGE),
                flags.stream().map(Flag::kind).toList());
        List<String> words = flags.get(0).matches().stream().map(LanguageMatch::text).toList();
        assertEquals(List.of("culture fit", "pregnant"), words);
        assertTrue(flags.get(0).detail().contains("protected"), flags.get(0).detail());
        assertEquals(6, flags.get(0).matches().get(0).start());
    }

    @Test
    void jobRelatedWordsThatResembleTheListAreNotFlagged() {
        ScorecardEvidence card =
                card(
                        1,
                        1,
                        "ana",
                        Duration.ZERO,
                        "YES",
                        "Ten years of experience; improved the team's testing culture; fixed a race condition; knows the product family well; the fit-out of the office was her project.",
                        new Answer(1, 3, "x"),
                        new Answer(2, 4, "y"));
        assertEquals(List.of(), kinds(card));
    }
}
