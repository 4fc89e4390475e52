package dev.candor.planning.web;

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
