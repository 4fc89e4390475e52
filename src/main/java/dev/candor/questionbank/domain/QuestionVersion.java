package dev.candor.questionbank.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a question's wording and rubric, with who wrote it and when. Interview plans pin a
 * version, so once anyone may rely on it, it never changes; only {@link Question} may amend an
 * unused draft.
 */
@Entity
@Table(name = "question_version")
public class QuestionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "question_text", nullable = false, length = QuestionContent.MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "competency_id", nullable = false)
    private Competency competency;

    @Column(nullable = false, length = QuestionContent.MAX_GUIDANCE)
    private String guidance;

    @ElementCollection
    @CollectionTable(name = "question_probe", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "probe_text", nullable = false, length = QuestionContent.MAX_PROBE)
    private List<String> probes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "question_anchor", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<RubricAnchor> anchors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "question_tag", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = QuestionContent.MAX_TAG)
    private List<String> tags = new ArrayList<>();

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "change_note", nullable = false, length = 500)
    private String changeNote;

    protected QuestionVersion() {}

    QuestionVersion(Question question, int number, QuestionContent content, Change change) {
        this.question = question;
        this.number = number;
        write(content, change);
    }

    /** Only for a draft nobody has used: there is no earlier reading of it to preserve. */
    void amend(QuestionContent content, Change change) {
        write(content, change);
    }

    private void write(QuestionContent content, Change change) {
        this.text = content.text();
        this.kind = content.kind();
        this.competency = content.competency();
        this.guidance = content.guidance();
        this.probes = new ArrayList<>(content.probes());
        this.anchors = new ArrayList<>(content.anchors());
        this.tags = new ArrayList<>(content.tags());
        this.changedBy = change.author();
        this.changedAt = change.at();
        this.changeNote = change.note();
    }

    public QuestionContent content() {
        return new QuestionContent(text, kind, competency, guidance, probes, anchors, tags);
    }

    public Optional<RubricAnchor> anchorFor(int score) {
        return content().anchorFor(score);
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public Competency getCompetency() {
        return competency;
    }

    public String getGuidance() {
        return guidance;
    }

    public List<String> getProbes() {
        return List.copyOf(probes);
    }

    public List<RubricAnchor> getAnchors() {
        return List.copyOf(anchors);
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangeNote() {
        return changeNote;
    }
}
