package dev.candor.planning.web;

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
