package dev.candor.debrief.domain;

import dev.candor.debrief.domain.ScorecardEvidence.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the data-quality flags of one candidate's submitted scorecards. Flags inform the debrief;
 * they never block a decision and are never hidden.
 */
public final class FlagDetection {

    private final FlagThresholds thresholds;
    private final NonJobRelatedLanguage language;
    private final Wording words;

    public FlagDetection(FlagThresholds thresholds, NonJobRelatedLanguage language, Wording words) {
        this.thresholds = thresholds;
        this.language = language;
        this.words = words;
    }

    /**
     * @param scorecards the candidate's submitted scorecards
     * @param others the opening's other submitted scorecards (other candidates), for copied notes
     */
    public List<Flag> flags(List<ScorecardEvidence> scorecards, List<ScorecardEvidence> others) {
        List<ScorecardEvidence> all = new ArrayList<>(scorecards);
        all.addAll(others);
        return flags(scorecards, new NoteIndex(all, thresholds.copiedMinShingles()));
    }

    /**
     * @param notes every submitted scorecard of the opening, indexed once for many candidates
     */
    public List<Flag> flags(List<ScorecardEvidence> scorecards, NoteIndex notes) {
        List<Flag> flags = new ArrayList<>();
        for (ScorecardEvidence scorecard : scorecards) {
            late(scorecard).ifPresent(flags::add);
            inconsistent(scorecard).ifPresent(flags::add);
            copied(scorecard, notes).ifPresent(flags::add);
            thin(scorecard).ifPresent(flags::add);
            undifferentiated(scorecard).ifPresent(flags::add);
            language(scorecard).ifPresent(flags::add);
        }
        return flags;
    }

    Optional<Flag> late(ScorecardEvidence s) {
        if (s.interviewEndedAt() == null || s.submittedAt() == null) {
            return Optional.empty();
        }
        Duration after = Duration.between(s.interviewEndedAt(), s.submittedAt());
        if (after.compareTo(thresholds.lateAfter()) <= 0) {
            return Optional.empty();
        }
        return flag(
                FlagKind.LATE_SUBMISSION,
                s,
                words.of(
                        "debrief.flag.LATE_SUBMISSION",
                        after.toHours(),
                        thresholds.lateAfter().toHours()));
    }

    Optional<Flag> inconsistent(ScorecardEvidence s) {
        double mean = s.meanScore();
        if (Double.isNaN(mean) || s.recommendation() == null) {
            return Optional.empty();
        }
        boolean yesTooLow =
                "STRONG_YES".equals(s.recommendation()) && mean < thresholds.strongYesBelow();
        boolean noTooHigh =
                "STRONG_NO".equals(s.recommendation()) && mean > thresholds.strongNoAbove();
        if (!yesTooLow && !noTooHigh) {
            return Optional.empty();
        }
        return flag(
                FlagKind.RECOMMENDATION_INCONSISTENT,
                s,
                words.of(
                        "debrief.flag.RECOMMENDATION_INCONSISTENT." + (yesTooLow ? "yes" : "no"),
                        String.format(Locale.ROOT, "%.1f", mean),
                        String.format(
                                Locale.ROOT,
                                "%.1f",
                                yesTooLow
                                        ? thresholds.strongYesBelow()
                                        : thresholds.strongNoAbove())));
    }

    Optional<Flag> copied(ScorecardEvidence s, NoteIndex notes) {
        for (Answer answer : s.answers()) {
            Optional<NoteIndex.Match> match =
                    notes.mostAlike(s, answer.notes(), thresholds.copiedSimilarity());
            if (match.isPresent()) {
                ScorecardEvidence other = match.get().scorecard();
                String between =
                        other.candidateId() == s.candidateId()
                                ? "debrief.flag.COPIED_NOTES.interviewer"
                                : "debrief.flag.COPIED_NOTES.candidate";
                return flag(
                        FlagKind.COPIED_NOTES,
                        s,
                        words.of(
                                between,
                                Math.round(match.get().similarity() * 100),
                                other.interviewer(),
                                Math.round(thresholds.copiedSimilarity() * 100)));
            }
        }
        return Optional.empty();
    }

    Optional<Flag> thin(ScorecardEvidence s) {
        List<String> thin = new ArrayList<>();
        for (Answer answer : s.answers()) {
            if (answer.score() != null
                    && (answer.score() == 1 || answer.score() == 5)
                    && length(answer.notes()) < thresholds.evidenceMinChars()) {
                thin.add(answer.score().toString());
            }
        }
        if (thin.isEmpty()) {
            return Optional.empty();
        }
        return flag(
                FlagKind.THIN_EVIDENCE,
                s,
                words.of("debrief.flag.THIN_EVIDENCE", thin.size(), thresholds.evidenceMinChars()));
    }

    Optional<Flag> undifferentiated(ScorecardEvidence s) {
        Set<Integer> scores =
                s.answers().stream()
                        .map(Answer::score)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet());
        long scored = s.answers().stream().filter(a -> a.score() != null).count();
        if (scored < thresholds.sameScoreMinQuestions() || scores.size() != 1) {
            return Optional.empty();
        }
        return flag(
                FlagKind.NO_DIFFERENTIATION,
                s,
                words.of("debrief.flag.NO_DIFFERENTIATION", scores.iterator().next(), scored));
    }

    Optional<Flag> language(ScorecardEvidence s) {
        List<LanguageMatch> matches = new ArrayList<>(language.find(s.summary()));
        for (Answer answer : s.answers()) {
            matches.addAll(language.find(answer.notes()));
        }
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        String found =
                matches.stream()
                        .map(m -> "\u201c" + m.text() + "\u201d")
                        .distinct()
                        .collect(Collectors.joining(", "));
        String why =
                matches.stream()
                        .map(LanguageMatch::explanation)
                        .distinct()
                        .collect(Collectors.joining(" "));
        return Optional.of(
                new Flag(
                        FlagKind.NON_JOB_RELATED_LANGUAGE,
                        s.scorecardId(),
                        s.interviewer(),
                        words.of("debrief.flag.NON_JOB_RELATED_LANGUAGE", found, why),
                        matches));
    }

    private Optional<Flag> flag(FlagKind kind, ScorecardEvidence s, String detail) {
        return Optional.of(new Flag(kind, s.scorecardId(), s.interviewer(), detail, List.of()));
    }

    private static int length(String notes) {
        return notes == null ? 0 : notes.strip().length();
    }
}
