package dev.candor.planning.domain;

import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A question in a stage, pinned to one version so every candidate hears the same words. */
@Entity
@Table(name = "stage_question")
public class StageQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id", nullable = false)
    private PlanStage stage;

    @Column(nullable = false)
    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_version_id", nullable = false)
    private QuestionVersion version;

    @Column(nullable = false)
    private int minutes;

    protected StageQuestion() {}

    StageQuestion(
            PlanStage stage,
            int position,
            Question question,
            QuestionVersion version,
            int minutes) {
        this.stage = stage;
        this.position = position;
        this.question = question;
        this.version = version;
        this.minutes = minutes;
    }

    void repin(QuestionVersion newer) {
        this.version = newer;
    }

    /** A newer version exists; the plan keeps asking this one until someone moves it explicitly. */
    public boolean isBehind() {
        return version.getNumber() < question.getCurrentVersion().getNumber();
    }

    public Long getId() {
        return id;
    }

    public PlanStage getStage() {
        return stage;
    }

    public int getPosition() {
        return position;
    }

    public Question getQuestion() {
        return question;
    }

    public QuestionVersion getVersion() {
        return version;
    }

    public int getMinutes() {
        return minutes;
    }
}
