package dev.candor.planning.application;

import dev.candor.identity.application.DisplayedTime;
import dev.candor.identity.application.TimeZones;
import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.Opening;
import dev.candor.planning.domain.PlanCoverage;
import dev.candor.planning.domain.PlanStage;
import dev.candor.planning.domain.QuestionSpec;
import dev.candor.planning.domain.StageQuestion;
import dev.candor.planning.domain.StageSpec;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.VersionComparison;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Interview plans. Saving a plan refreshes the question copies of interviews nobody has started
 * scoring; interviews where scoring has started are frozen and keep the questions they had.
 */
@ApplicationScoped
@Transactional
public class InterviewPlans {

    @PersistenceContext private EntityManager em;

    @Inject private PlanningAccess access;

    @Inject private ScoringProgressSource scoring;

    @Inject private Clock clock;

    @Inject private TimeZones zones;

    public PlanView plan(long openingId) {
        return PlanView.of(access.opening(openingId));
    }

    public PlanCoverage coverage(long openingId) {
        return access.opening(openingId).coverage();
    }

    /** Replaces the stages and questions; see the class comment for what happens to interviews. */
    public PlanSaved replace(long openingId, PlanForm form) {
        return replace(openingId, form, null);
    }

    /** As above, only while the opening is still at {@code expectedVersion} (null: any). */
    public PlanSaved replace(long openingId, PlanForm form, Long expectedVersion) {
        Opening opening = access.opening(openingId);
        opening.requireVersion(expectedVersion);
        List<StageSpec> specs = specs(opening, form);
        for (PlanStage removed : opening.stagesRemovedBy(specs)) {
            releaseInterviewsOf(removed);
        }
        em.flush();
        opening.replacePlan(specs);
        // The plan lives in the stage and question tables: the opening's own row would not move.
        em.lock(opening, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return propagate(opening);
    }

    /** What moving a pinned question to its newest version would change, for the preview. */
    public VersionComparison newestVersionPreview(long openingId, long questionId) {
        Opening opening = access.opening(openingId);
        StageQuestion pinned = pinned(opening, questionId);
        Question question = pinned.getQuestion();
        if (!pinned.isBehind()) {
            throw new ConflictException(
                    "The plan already asks the newest version ("
                            + pinned.getVersion().getNumber()
                            + ") of this question.");
        }
        return question.compare(
                pinned.getVersion().getNumber(), question.getCurrentVersion().getNumber());
    }

    public PlanSaved moveToNewestVersion(long openingId, long questionId) {
        Opening opening = access.opening(openingId);
        Question question = pinned(opening, questionId).getQuestion();
        opening.moveToNewestVersion(question);
        em.lock(opening, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return propagate(opening);
    }

    /** Starts an empty plan as a copy of another opening's (one the caller can see). */
    public PlanSaved copyFrom(long openingId, long sourceOpeningId) {
        Opening opening = access.opening(openingId);
        Opening source = access.opening(sourceOpeningId);
        opening.copyPlanFrom(source);
        em.lock(opening, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return propagate(opening);
    }

    /**
     * Openings whose plan the caller may copy: the ones they can see, with stages, other than this
     * one.
     */
    public List<OpeningView> copySources(long openingId) {
        access.opening(openingId);
        List<Opening> all =
                em.createQuery("select o from Opening o order by o.title", Opening.class)
                        .getResultList();
        return all.stream()
                .filter(
                        o ->
                                o.getId() != openingId
                                        && access.canManage(o)
                                        && !o.getStages().isEmpty())
                .map(o -> OpeningView.of(o, 0, 0, ScoringProgress.Progress.NONE))
                .toList();
    }

    private StageQuestion pinned(Opening opening, long questionId) {
        return opening.pinOf(questionId)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "Question "
                                                + questionId
                                                + " is not in the plan of \""
                                                + opening.getTitle()
                                                + "\"."));
    }

    private List<StageSpec> specs(Opening opening, PlanForm form) {
        if (form == null) {
            throw new InvalidInputException("stages", "Send the plan as {\"stages\": [...]}.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        List<StageSpec> specs = new ArrayList<>();
        for (int i = 0; i < form.stages().size(); i++) {
            PlanForm.Stage stage = form.stages().get(i);
            if (stage == null) {
                problems.put("stages[" + i + "]", "Stage " + (i + 1) + " is empty.");
                stage = new PlanForm.Stage(null, null, List.of());
            }
            List<QuestionSpec> questions = new ArrayList<>();
            List<PlanForm.Question> asked =
                    stage.questions() == null ? List.of() : stage.questions();
            for (int j = 0; j < asked.size(); j++) {
                PlanForm.Question q = asked.get(j);
                String at = "stages[" + i + "].questions[" + j + "].questionId";
                Question question =
                        q == null || q.questionId() == null
                                ? null
                                : em.find(Question.class, q.questionId());
                if (question == null) {
                    problems.put(
                            at,
                            "Stage "
                                    + (i + 1)
                                    + ", question "
                                    + (j + 1)
                                    + ": "
                                    + (q == null || q.questionId() == null
                                            ? "the questionId is required."
                                            : "there is no question "
                                                    + q.questionId()
                                                    + " in the bank."));
                }
                questions.add(
                        new QuestionSpec(
                                question,
                                q == null ? null : q.version(),
                                q == null ? null : q.minutes()));
            }
            specs.add(new StageSpec(stage.name(), stage.minutes(), questions));
        }
        problems.putAll(opening.planProblems(specs));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return specs;
    }

    /**
     * Before a stage is dropped: its interviews where scoring has started are frozen and keep their
     * copy; interviews nobody has started would lose their questions, so they must be moved or
     * cancelled first.
     */
    private void releaseInterviewsOf(PlanStage stage) {
        List<Interview> interviews =
                em.createQuery("select i from Interview i where i.stage = :s", Interview.class)
                        .setParameter("s", stage)
                        .getResultList();
        List<Interview> waiting = new ArrayList<>();
        for (Interview interview : interviews) {
            if (!interview.isFrozen() && scoring.get().hasStarted(interview.getId())) {
                interview.freeze(clock.instant());
            }
            if (!interview.isFrozen()) {
                waiting.add(interview);
            }
        }
        if (!waiting.isEmpty()) {
            throw new ConflictException(
                    "The stage \""
                            + stage.getName()
                            + "\" cannot be removed: "
                            + waiting.size()
                            + (waiting.size() == 1
                                    ? " interview that nobody has started scoring uses it ("
                                    : " interviews that nobody has started scoring use it (")
                            + waiting.stream()
                                    .map(
                                            i ->
                                                    i.getCandidate().getName()
                                                            + ", "
                                                            + when(i.getStartsAt()))
                                    .collect(Collectors.joining("; "))
                            + "). Cancel them, or keep the stage. Interviews already being scored keep their own copy.");
        }
        interviews.forEach(Interview::detachFromStage);
    }

    /**
     * Refreshes every interview of the opening that is not frozen; freezes those scoring has
     * started.
     */
    private PlanSaved propagate(Opening opening) {
        List<Interview> interviews =
                em.createQuery(
                                "select i from Interview i where i.opening = :o and "
                                        + "i.stage is not null",
                                Interview.class)
                        .setParameter("o", opening)
                        .getResultList();
        int refreshed = 0;
        int keptFrozen = 0;
        for (Interview interview : interviews) {
            PlanStage stage = interview.getStage().orElseThrow();
            if (!interview.isFrozen() && scoring.get().hasStarted(interview.getId())) {
                interview.freeze(clock.instant());
            }
            if (interview.isFrozen()) {
                if (!sameQuestions(interview, stage)) {
                    keptFrozen++;
                }
            } else if (interview.refreshFrom(stage)) {
                refreshed++;
            }
        }
        return new PlanSaved(PlanView.of(opening), refreshed, keptFrozen);
    }

    private static boolean sameQuestions(Interview interview, PlanStage stage) {
        List<Long> asked =
                interview.getQuestions().stream().map(q -> q.getVersion().getId()).toList();
        List<Long> planned =
                stage.getQuestions().stream().map(q -> q.getVersion().getId()).toList();
        return asked.equals(planned);
    }

    /** A time in a message to the caller, in their zone (the messages are in English). */
    private String when(Instant instant) {
        return DisplayedTime.of(instant, zones.ofCaller(), Locale.ENGLISH);
    }
}
