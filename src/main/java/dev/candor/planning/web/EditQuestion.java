package dev.candor.planning.web;

import dev.candor.planning.application.PlanForm;
import dev.candor.planning.application.PlanView;
import dev.candor.planning.application.QuestionPicker;
import java.io.Serializable;
import java.util.UUID;

/** A question in a stage being edited; a null version means "the current one" until saved. */
public class EditQuestion implements Serializable {

    private static final long serialVersionUID = 1L;
    final String key = UUID.randomUUID().toString();
    final long questionId;
    final Integer version;
    Integer minutes;
    final String text;
    final String competency;
    final int latestVersion;
    final String status;

    EditQuestion(
            long questionId,
            Integer version,
            Integer minutes,
            String text,
            String competency,
            int latestVersion,
            String status) {
        this.questionId = questionId;
        this.version = version;
        this.minutes = minutes;
        this.text = text;
        this.competency = competency;
        this.latestVersion = latestVersion;
        this.status = status;
    }

    /** A saved question of the plan, at the version it is pinned to. */
    static EditQuestion of(PlanView.Question q) {
        return new EditQuestion(
                q.questionId(),
                q.version(),
                q.minutes(),
                q.text(),
                q.competency(),
                q.latestVersion(),
                q.questionStatus());
    }

    /** A question just picked from the bank: its current version, ten minutes, active. */
    static EditQuestion picked(QuestionPicker.Pickable question) {
        return new EditQuestion(
                question.questionId(),
                null,
                10,
                question.text(),
                question.competency(),
                question.version(),
                "ACTIVE");
    }

    /** What the editor sends for this question when the plan is saved. */
    PlanForm.Question toForm() {
        return new PlanForm.Question(questionId, version, minutes);
    }

    public String getKey() {
        return key;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Integer getVersion() {
        return version;
    }

    public int getShownVersion() {
        return version == null ? latestVersion : version;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getText() {
        return text;
    }

    public String getCompetency() {
        return competency;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public boolean isBehind() {
        return version != null && version < latestVersion;
    }

    public String getStatus() {
        return status;
    }
}
