package dev.candor.questionbank.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A question in the bank: a stable identity with a status and a history of versions. Whether any
 * interview plan uses the question is known to the caller, who passes it to {@link #revise}.
 */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    /**
     * The current version's competency, kept here so the bank can be filtered without reading
     * versions.
     */
    @ManyToOne(optional = false)
    @JoinColumn(name = "competency_id", nullable = false)
    private Competency competency;

    @Embedded private QuestionSource source;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL)
    @OrderBy("number ASC")
    private List<QuestionVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected Question() {}

    private Question(QuestionContent content, QuestionSource source, Change change) {
        requireValid(content.problems());
        this.status = QuestionStatus.DRAFT;
        this.source = source;
        this.currentVersion = 1;
        this.competency = content.competency();
        versions.add(new QuestionVersion(this, 1, content, change));
    }

    /** A new question starts as a draft at version 1; {@code source} may be null. */
    public static Question draft(QuestionContent content, QuestionSource source, Change change) {
        return new Question(content, source, change);
    }

    /**
     * Applies edited content. An unused draft is amended in place; otherwise the content becomes a
     * new version and earlier ones stay as they were, so plans that pinned them keep asking the
     * same thing.
     *
     * @return the version that is now current
     */
    public QuestionVersion revise(QuestionContent content, Change change, boolean inUse) {
        if (status == QuestionStatus.RETIRED) {
            throw new QuestionStateException(
                    "A retired question cannot be edited; make it active again first.");
        }
        requireValid(content.problems());
        if (status == QuestionStatus.ACTIVE) {
            requireValid(content.activationProblems());
        }
        QuestionVersion current = getCurrentVersion();
        if (content.equals(current.content())) {
            return current;
        }
        if (status == QuestionStatus.DRAFT && !inUse) {
            current.amend(content, change);
        } else {
            currentVersion++;
            versions.add(new QuestionVersion(this, currentVersion, content, change));
        }
        competency = content.competency();
        return getCurrentVersion();
    }

    public void changeStatus(QuestionStatus next) {
        Objects.requireNonNull(next);
        if (next == status) {
            return;
        }
        if (!status.canBecome(next)) {
            throw new QuestionStateException(
                    "A "
                            + status.name().toLowerCase(Locale.ROOT)
                            + " question cannot become "
                            + next.name().toLowerCase(Locale.ROOT)
                            + ".");
        }
        if (next == QuestionStatus.ACTIVE) {
            requireValid(getCurrentVersion().content().activationProblems());
        }
        status = next;
    }

    private static void requireValid(List<ContentProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
    }

    public QuestionVersion getCurrentVersion() {
        return version(currentVersion).orElseThrow();
    }

    public Optional<QuestionVersion> version(int number) {
        return versions.stream().filter(version -> version.getNumber() == number).findFirst();
    }

    /** For the side-by-side view of two versions of this question. */
    public VersionComparison compare(int olderNumber, int newerNumber) {
        return VersionComparison.between(requireVersion(olderNumber), requireVersion(newerNumber));
    }

    private QuestionVersion requireVersion(int number) {
        return version(number)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "This question has no version "
                                                + number
                                                + "; it has versions 1 to "
                                                + currentVersion
                                                + "."));
    }

    public QuestionKey key() {
        return new QuestionKey(getCurrentVersion().getText(), competency.getName());
    }

    public boolean isActive() {
        return status == QuestionStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public Competency getCompetency() {
        return competency;
    }

    public Optional<QuestionSource> getSource() {
        return Optional.ofNullable(source);
    }

    public List<QuestionVersion> getVersions() {
        return List.copyOf(versions);
    }

    /** Counts every stored change of this question: its HTTP entity tag. */
    public long getEntityVersion() {
        return entityVersion;
    }
}
