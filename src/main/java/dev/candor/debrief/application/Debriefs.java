package dev.candor.debrief.application;

import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.Cell;
import dev.candor.comparison.application.Comparisons;
import dev.candor.comparison.application.CompetencyBlock;
import dev.candor.comparison.application.CompetencyFigures;
import dev.candor.comparison.application.Interviewer;
import dev.candor.comparison.application.MatrixRow;
import dev.candor.debrief.application.DebriefView.Item;
import dev.candor.debrief.application.DebriefView.ScoreView;
import dev.candor.debrief.application.DebriefView.SpeakerView;
import dev.candor.debrief.domain.Agenda;
import dev.candor.debrief.domain.AgendaItem;
import dev.candor.debrief.domain.AgendaItem.GivenScore;
import dev.candor.debrief.domain.SpeakingOrder;
import dev.candor.debrief.domain.SpeakingOrder.Speaker;
import dev.candor.debrief.infrastructure.DebriefReadModel;
import dev.candor.debrief.infrastructure.DebriefRecords;
import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate's debrief. Who may open it is the report's rule (comparison's {@link Comparisons}):
 * interviewers only after their own submission, hiring managers only for their openings. Before
 * every panel member has submitted it opens all the same, marked early.
 */
@ApplicationScoped
@Transactional
public class Debriefs {

    @Inject Comparisons comparisons;

    @Inject DebriefReadModel readModel;

    @Inject DebriefRecords records;

    @Inject Caller caller;

    /**
     * @param revealed question keys ("q12") whose scores show who gave them; {@code revealAll}
     *     reveals every item
     */
    public DebriefView debrief(long candidateId, Set<String> revealed, boolean revealAll) {
        CandidateReport report = comparisons.candidateReport(candidateId);
        Map<String, String> names = new HashMap<>();
        for (Interviewer interviewer : report.interviewers()) {
            names.put(interviewer.username(), interviewer.displayName());
        }
        List<AgendaItem> items = new ArrayList<>();
        for (CompetencyBlock block : report.matrix()) {
            for (MatrixRow row : block.questions()) {
                if (row.figures() == null) {
                    continue; // everyone skipped it: nothing to discuss
                }
                List<GivenScore> scores = new ArrayList<>();
                for (Cell cell : row.cells()) {
                    if (cell.scored()) {
                        scores.add(
                                new GivenScore(
                                        cell.interviewer(),
                                        names.getOrDefault(cell.interviewer(), cell.interviewer()),
                                        cell.score(),
                                        cell.notes()));
                    }
                }
                items.add(
                        new AgendaItem(
                                row.question(),
                                questionId(row.question()),
                                row.text(),
                                block.competency(),
                                row.figures().range(),
                                row.figures().rwg(),
                                scores));
            }
        }
        List<Item> agenda =
                Agenda.order(items).stream()
                        .map(item -> item(item, revealAll || revealed.contains(item.key())))
                        .toList();
        Set<String> managers = readModel.hiringManagers(report.openingId());
        Map<String, String> managerNames = readModel.hiringManagerNames(report.openingId());
        List<Speaker> panel = new ArrayList<>(readModel.panelOf(candidateId));
        managerNames.forEach((username, name) -> panel.add(new Speaker(username, name, null)));
        List<SpeakerView> order =
                SpeakingOrder.of(panel, managers).stream()
                        .map(
                                s ->
                                        new SpeakerView(
                                                s.username(),
                                                s.displayName(),
                                                s.seniority().name(),
                                                managers.contains(s.username())))
                        .toList();
        String me = caller.requireUsername();
        return new DebriefView(
                report.candidateId(),
                report.candidateName(),
                report.pseudonym(),
                report.openingId(),
                report.openingTitle(),
                report.scorecardsSubmitted() < report.scorecardsExpected(),
                report.scorecardsSubmitted(),
                report.scorecardsExpected(),
                report.panelScore() == null ? null : report.panelScore().score(),
                report.rules(),
                report.rulesSummary(),
                report.flags(),
                agenda,
                order,
                records.decisionsOf(candidateId).stream().map(DecisionView::of).toList(),
                caller.hasRole(Role.HIRING_MANAGER) && managers.contains(me),
                report.competencies().stream().map(CompetencyFigures::competency).toList());
    }

    /** "q12" or "q12@34" → 12. */
    private static long questionId(String key) {
        int at = key.indexOf('@');
        return Long.parseLong(key.substring(1, at < 0 ? key.length() : at));
    }

    private static Item item(AgendaItem item, boolean reveal) {
        List<ScoreView> scores =
                reveal
                        ? item.scores().stream()
                                .map(
                                        s ->
                                                new ScoreView(
                                                        s.score(),
                                                        s.interviewer(),
                                                        s.displayName(),
                                                        s.notes()))
                                .toList()
                        // Lowest first, so the order of the spread says nothing about who.
                        : item.scores().stream()
                                .map(GivenScore::score)
                                .sorted(Comparator.naturalOrder())
                                .map(score -> new ScoreView(score, null, null, null))
                                .toList();
        return new Item(
                item.key(),
                item.questionId(),
                item.question(),
                item.competency(),
                item.range(),
                item.rwg(),
                item.agreed(),
                reveal,
                scores);
    }
}
