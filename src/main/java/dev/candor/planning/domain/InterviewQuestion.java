package dev.candor.planning.domain;

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

/** One question of an interview's own copy of its stage, numbered from 1. */
@Entity
@Table(name = "interview_question")
public class InterviewQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "interview_id", nullable = false)
    private Interview interview;

    @Column(nullable = false)
    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_version_id", nullable = false)
    private QuestionVersion version;

    @Column(nullable = false)
    private int minutes;

    protected InterviewQuestion() {}

    InterviewQuestion(Interview interview, int position, QuestionVersion version, int minutes) {
        this.interview = interview;
        this.position = position;
        this.version = version;
        this.minutes = minutes;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionVersion getVersion() {
        return version;
    }

    public int getMinutes() {
        return minutes;
    }
}
