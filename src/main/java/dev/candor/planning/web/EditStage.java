package dev.candor.planning.web;

import dev.candor.planning.application.PlanForm;
import dev.candor.planning.application.PlanView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A stage being edited; mutable for the form, serializable for the view state. */
public class EditStage implements Serializable {

    private static final long serialVersionUID = 1L;
    final String key = UUID.randomUUID().toString();
    String name;
    Integer minutes;
    final List<EditQuestion> questions = new ArrayList<>();

    EditStage(String name, Integer minutes) {
        this.name = name;
        this.minutes = minutes;
    }

    /** The saved stage, ready to edit. */
    static EditStage of(PlanView.Stage stage) {
        EditStage edit = new EditStage(stage.name(), stage.minutes());
        stage.questions().forEach(q -> edit.questions.add(EditQuestion.of(q)));
        return edit;
    }

    /** What the editor sends for this stage when the plan is saved. */
    PlanForm.Stage toForm() {
        return new PlanForm.Stage(
                name, minutes, questions.stream().map(EditQuestion::toForm).toList());
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public List<EditQuestion> getQuestions() {
        return questions;
    }

    public int getBudgeted() {
        return questions.stream().mapToInt(q -> q.minutes == null ? 0 : q.minutes).sum();
    }

    public boolean isOverBudget() {
        return minutes != null && getBudgeted() > minutes;
    }
}
