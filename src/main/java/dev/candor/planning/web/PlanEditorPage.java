package dev.candor.planning.web;

import dev.candor.planning.application.InterviewPlans;
import dev.candor.planning.application.PlanForm;
import dev.candor.planning.application.PlanSaved;
import dev.candor.planning.application.PlanView;
import dev.candor.planning.application.QuestionPicker;
import dev.candor.planning.domain.PlanCoverage;
import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.VersionComparison;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.PageLoading;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The plan editor: stages and their questions are edited here and saved as a whole. Rows can be
 * dragged, or moved with the up and down buttons from the keyboard. Questions come from the bank
 * through the picker.
 */
@Named
@ViewScoped
public class PlanEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private InterviewPlans plans;

    @Inject private QuestionPicker picker;

    private Long id;
    private PlanView saved;
    private List<EditStage> stages = new ArrayList<>();
    private boolean dirty;

    // picker
    private int targetStage;
    private String filterText;
    private Long filterCompetency;
    private QuestionKind filterKind;
    private String filterTag;
    private List<QuestionPicker.Pickable> results = List.of();

    // newest-version preview
    private Long previewQuestion;
    private transient VersionComparison preview;

    public void load() {
        if (id == null) {
            return;
        }
        PlanView plan = PageLoading.load(() -> plans.plan(id));
        if (plan != null) {
            show(plan);
        }
    }

    /** The version this editor's changes are based on: someone else's save in between wins. */
    private Long version() {
        return saved == null ? null : saved.version();
    }

    private void show(PlanView plan) {
        saved = plan;
        stages = new ArrayList<>();
        plan.stages().forEach(stage -> stages.add(EditStage.of(stage)));
        dirty = false;
    }

    public void addStage() {
        stages.add(new EditStage(Text.of("plan.editor.newStageName", stages.size() + 1), 30));
        dirty = true;
    }

    public void removeStage(int index) {
        stages.remove(index);
        dirty = true;
    }

    public void moveStage(int index, int by) {
        move(stages, index, by);
    }

    public void removeQuestion(int stage, int index) {
        stages.get(stage).questions.remove(index);
        dirty = true;
    }

    public void moveQuestion(int stage, int index, int by) {
        move(stages.get(stage).questions, index, by);
    }

    private <T> void move(List<T> list, int index, int by) {
        int target = index + by;
        if (target >= 0 && target < list.size()) {
            Collections.swap(list, index, target);
            dirty = true;
        }
    }

    /** After a drag and drop: PrimeFaces has already moved the row in the list. */
    public void reordered() {
        dirty = true;
    }

    public void openPicker(int stage) {
        targetStage = stage;
        search();
    }

    public void search() {
        results = picker.search(filterText, filterCompetency, filterKind, filterTag);
    }

    public void pick(QuestionPicker.Pickable question) {
        if (stages.isEmpty()) {
            addStage();
        }
        int stage = Math.min(Math.max(targetStage, 0), stages.size() - 1);
        for (EditStage each : stages) {
            if (each.questions.stream().anyMatch(q -> q.questionId == question.questionId())) {
                Text.error("plan.editor.alreadyInPlan", each.name);
                return;
            }
        }
        stages.get(stage).questions.add(EditQuestion.picked(question));
        dirty = true;
        Text.info("plan.editor.added", stages.get(stage).name);
    }

    public boolean isPicked(long questionId) {
        return stages.stream()
                .anyMatch(s -> s.questions.stream().anyMatch(q -> q.questionId == questionId));
    }

    public void save() {
        PlanSaved result = PageActions.attempt("plan", () -> plans.replace(id, form(), version()));
        if (result != null) {
            show(result.plan());
            Text.info("plan.editor.saved");
            if (result.interviewsRefreshed() > 0) {
                Text.info("plan.editor.refreshed", result.interviewsRefreshed());
            }
            if (result.interviewsKeptFrozen() > 0) {
                Text.info("plan.editor.keptFrozen", result.interviewsKeptFrozen());
            }
        }
    }

    public void discard() {
        load();
        Text.info("plan.editor.discarded");
    }

    public void showPreview(long questionId) {
        previewQuestion = questionId;
        preview = PageActions.attempt("plan", () -> plans.newestVersionPreview(id, questionId));
    }

    /**
     * Saves the editor's changes first, so nothing typed is lost, then moves the question to its
     * newest version.
     */
    public void moveToNewest() {
        if (previewQuestion == null) {
            return;
        }
        if (dirty
                && PageActions.attempt("plan", () -> plans.replace(id, form(), version()))
                        == null) {
            return;
        }
        PlanSaved result =
                PageActions.attempt("plan", () -> plans.moveToNewestVersion(id, previewQuestion));
        if (result != null) {
            show(result.plan());
            Text.info("plan.editor.movedToNewest");
            if (result.interviewsKeptFrozen() > 0) {
                Text.info("plan.editor.keptFrozen", result.interviewsKeptFrozen());
            }
        }
        previewQuestion = null;
        preview = null;
    }

    private PlanForm form() {
        return new PlanForm(stages.stream().map(EditStage::toForm).toList());
    }

    public PlanCoverage getCoverage() {
        return plans.coverage(id);
    }

    public List<Competency> getCompetencies() {
        return picker.competencies();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanView getSaved() {
        return saved;
    }

    public List<EditStage> getStages() {
        return stages;
    }

    public boolean isDirty() {
        return dirty;
    }

    public int getTargetStage() {
        return targetStage;
    }

    public void setTargetStage(int targetStage) {
        this.targetStage = targetStage;
    }

    public String getFilterText() {
        return filterText;
    }

    public void setFilterText(String filterText) {
        this.filterText = filterText;
    }

    public Long getFilterCompetency() {
        return filterCompetency;
    }

    public void setFilterCompetency(Long filterCompetency) {
        this.filterCompetency = filterCompetency;
    }

    public QuestionKind getFilterKind() {
        return filterKind;
    }

    public void setFilterKind(QuestionKind filterKind) {
        this.filterKind = filterKind;
    }

    public String getFilterTag() {
        return filterTag;
    }

    public void setFilterTag(String filterTag) {
        this.filterTag = filterTag;
    }

    public List<QuestionPicker.Pickable> getResults() {
        return results;
    }

    public VersionComparison getPreview() {
        return preview;
    }
}
