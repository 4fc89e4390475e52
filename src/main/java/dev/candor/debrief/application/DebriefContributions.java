package dev.candor.debrief.application;

import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.ComparisonAdditions;
import dev.candor.comparison.application.CompetencyFigures;
import dev.candor.comparison.application.OpeningComparison;
import dev.candor.comparison.application.RankedCandidate;
import dev.candor.debrief.domain.CandidateFacts;
import dev.candor.debrief.domain.CandidateFacts.CompetencyScore;
import dev.candor.debrief.domain.DecisionRecord;
import dev.candor.debrief.domain.DecisionRules;
import dev.candor.debrief.domain.Flag;
import dev.candor.debrief.domain.FlagDetection;
import dev.candor.debrief.domain.FlagReview;
import dev.candor.debrief.domain.LanguageMatch;
import dev.candor.debrief.domain.NoteIndex;
import dev.candor.debrief.domain.Pseudonyms;
import dev.candor.debrief.domain.RuleCheck;
import dev.candor.debrief.domain.RuleOutcome;
import dev.candor.debrief.domain.RuleWording;
import dev.candor.debrief.domain.ScorecardEvidence;
import dev.candor.debrief.domain.Wording;
import dev.candor.debrief.infrastructure.DebriefReadModel;
import dev.candor.debrief.infrastructure.DebriefRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The debrief's contribution to comparison's report, opening comparison and PDF pack, through
 * comparison's {@link ComparisonAdditions} port: decision rules checked per candidate, data-quality
 * flags per scorecard (with their reviews), pseudonyms in a blind opening until the candidate's
 * decision is recorded, and the decision records in the PDF. Access is comparison's: it calls this
 * only for what the caller may already see.
 */
@ApplicationScoped
@Transactional
public class DebriefContributions implements ComparisonAdditions {

    private static final Wording WORDS = Wording.bundle(Locale.ENGLISH);

    @Inject DebriefReadModel readModel;

    @Inject FlagSettings settings;

    @Inject DebriefRecords records;

    @Override
    public CandidateAdditions forCandidate(CandidateReport report) {
        long openingId = report.openingId();
        Map<String, CompetencyScore> scores = new HashMap<>();
        for (CompetencyFigures figures : report.competencies()) {
            scores.put(
                    figures.competency(),
                    new CompetencyScore(figures.mean(), figures.byInterviewer().size()));
        }
        List<RuleOutcome> outcomes =
                RuleCheck.check(
                        rules(openingId),
                        new CandidateFacts(
                                report.scorecardsSubmitted(),
                                scores,
                                readModel.keyCompetencies(openingId)));
        List<ScorecardEvidence> evidence = readModel.evidenceOfOpening(openingId);
        List<FlagView> flags =
                flagsOf(
                        evidence.stream()
                                .filter(e -> e.candidateId() == report.candidateId())
                                .toList(),
                        new NoteIndex(evidence, settings.thresholds().copiedMinShingles()));
        String shown = shownNames(openingId).getOrDefault(report.candidateId(), null);
        return new CandidateAdditions(
                shown == null ? report.candidateName() : shown,
                shown != null,
                views(outcomes),
                RuleWording.summary(outcomes, WORDS),
                flags);
    }

    @Override
    public Map<Long, CandidateAdditions> forOpening(
            OpeningComparison comparison, Map<Long, Map<String, Integer>> ratersByCompetency) {
        long openingId = comparison.openingId();
        DecisionRules rules = rules(openingId);
        List<String> keys = readModel.keyCompetencies(openingId);
        List<ScorecardEvidence> evidence = readModel.evidenceOfOpening(openingId);
        NoteIndex notes = new NoteIndex(evidence, settings.thresholds().copiedMinShingles());
        Map<Long, List<ScorecardEvidence>> byCandidate =
                evidence.stream().collect(Collectors.groupingBy(ScorecardEvidence::candidateId));
        Map<Long, String> shown = shownNames(openingId);
        Map<Long, CandidateAdditions> additions = new HashMap<>();
        for (RankedCandidate candidate : comparison.candidates()) {
            String name = shown.getOrDefault(candidate.candidateId(), candidate.name());
            if (candidate.withheld()) {
                additions.put(
                        candidate.candidateId(),
                        new CandidateAdditions(
                                name,
                                shown.containsKey(candidate.candidateId()),
                                List.of(),
                                null,
                                List.of()));
                continue;
            }
            Map<String, Integer> raters =
                    ratersByCompetency.getOrDefault(candidate.candidateId(), Map.of());
            Map<String, CompetencyScore> scores = new HashMap<>();
            candidate
                    .competencyScores()
                    .forEach(
                            (competency, score) ->
                                    scores.put(
                                            competency,
                                            new CompetencyScore(
                                                    score, raters.getOrDefault(competency, 0))));
            List<RuleOutcome> outcomes =
                    RuleCheck.check(
                            rules,
                            new CandidateFacts(candidate.scorecardsSubmitted(), scores, keys));
            additions.put(
                    candidate.candidateId(),
                    new CandidateAdditions(
                            name,
                            shown.containsKey(candidate.candidateId()),
                            views(outcomes),
                            RuleWording.summary(outcomes, WORDS),
                            flagsOf(
                                    byCandidate.getOrDefault(candidate.candidateId(), List.of()),
                                    notes)));
        }
        return additions;
    }

    @Override
    public List<PdfSection> debriefPackSections(CandidateReport report) {
        List<PdfSection> sections = new ArrayList<>();
        List<DecisionRecord> decisions = records.decisionsOf(report.candidateId());
        List<String> lines = new ArrayList<>();
        if (decisions.isEmpty()) {
            lines.add(WORDS.of("debrief.pdf.noDecision"));
        }
        for (DecisionRecord d : decisions) {
            lines.add(
                    WORDS.of(
                            "debrief.pdf.decision",
                            WORDS.of("debrief.verdict." + d.getDecision().name()),
                            d.getRecordedBy(),
                            d.getRecordedAt().toString(),
                            d.getReplaces() == null
                                    ? ""
                                    : WORDS.of("debrief.pdf.replaces", d.getReplaces())));
            lines.add(WORDS.of("debrief.pdf.rationale", d.getRationale()));
            lines.add(WORDS.of("debrief.pdf.evidence", String.join(", ", d.getCompetencies())));
            lines.add(WORDS.of("debrief.pdf.present", String.join(", ", d.getPresent())));
            if (d.isDeparts()) {
                lines.add(WORDS.of("debrief.pdf.departure", d.getDepartureReason()));
            }
        }
        sections.add(new PdfSection(WORDS.of("debrief.pdf.decisions"), lines));
        List<String> rules = new ArrayList<>();
        if (report.rulesSummary() != null) {
            rules.add(report.rulesSummary());
        }
        report.rules().forEach(r -> rules.add((r.met() ? "\u2713 " : "\u2717 ") + r.detail()));
        sections.add(new PdfSection(WORDS.of("debrief.rules"), rules));
        List<String> flags = new ArrayList<>();
        report.flags()
                .forEach(
                        f ->
                                flags.add(
                                        f.label()
                                                + " \u2014 "
                                                + f.interviewer()
                                                + ": "
                                                + f.detail()
                                                + (f.reviewed()
                                                        ? " "
                                                                + WORDS.of(
                                                                        "debrief.flag.reviewedBy",
                                                                        f.reviewedBy(),
                                                                        f.reviewReason())
                                                        : "")));
        if (flags.isEmpty()) {
            flags.add(WORDS.of("debrief.flags.none"));
        }
        sections.add(new PdfSection(WORDS.of("debrief.flags"), flags));
        return sections;
    }

    DecisionRules rules(long openingId) {
        return records.rules(openingId);
    }

    /**
     * Pseudonyms of a blind opening's undecided candidates (empty when the opening is not blind).
     */
    Map<Long, String> shownNames(long openingId) {
        if (!readModel.isBlind(openingId)) {
            return Map.of();
        }
        Map<Long, String> names =
                new HashMap<>(
                        Pseudonyms.of(
                                readModel.candidateIds(openingId), WORDS.of("debrief.candidate")));
        readModel.decided(openingId).forEach(names::remove);
        return names;
    }

    private List<FlagView> flagsOf(List<ScorecardEvidence> scorecards, NoteIndex notes) {
        List<Flag> flags =
                new FlagDetection(settings.thresholds(), settings.language(), WORDS)
                        .flags(scorecards, notes);
        if (flags.isEmpty()) {
            return List.of();
        }
        Map<String, FlagReview> reviews =
                records.reviewsOf(scorecards.stream().map(ScorecardEvidence::scorecardId).toList());
        return flags.stream()
                .map(
                        f -> {
                            FlagReview review = reviews.get(f.id());
                            return new FlagView(
                                    f.id(),
                                    f.kind().name(),
                                    WORDS.of("debrief.kind." + f.kind().name()),
                                    f.scorecardId(),
                                    f.interviewer(),
                                    f.detail(),
                                    f.matches().stream()
                                            .map(LanguageMatch::text)
                                            .distinct()
                                            .toList(),
                                    review != null,
                                    review == null ? null : review.getReason(),
                                    review == null ? null : review.getReviewedBy());
                        })
                .toList();
    }

    private static List<RuleView> views(List<RuleOutcome> outcomes) {
        return outcomes.stream()
                .map(o -> new RuleView(o.rule().name(), o.met(), RuleWording.detail(o, WORDS)))
                .toList();
    }
}
