package dev.candor.planning.domain;

import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.StaleVersionException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A position to fill, and the interview plan every candidate for it goes through: ordered stages,
 * each an interview kit of questions pinned to a question version. The plan is part of the opening,
 * so it is changed as a whole and nothing outside can leave it half-edited.
 */
@Entity
@Table(name = "opening")
public class Opening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Limits.TITLE)
    private String title;

    @Column(nullable = false, length = Limits.TEAM)
    private String team;

    @Column(nullable = false, length = Limits.DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OpeningStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "opening_hiring_manager",
            joinColumns = @JoinColumn(name = "opening_id"))
    @Column(name = "username", nullable = false, length = 64)
    private Set<String> hiringManagers = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "opening_competency",
            joinColumns = @JoinColumn(name = "opening_id"),
            inverseJoinColumns = @JoinColumn(name = "competency_id"))
    private Set<Competency> keyCompetencies = new HashSet<>();

    @OneToMany(mappedBy = "opening", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<PlanStage> stages = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    // Blind comparison: reports, comparison, debrief and exports show pseudonyms (issue 15).
    @Column(nullable = false)
    private boolean blind;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected Opening() {}

    public Opening(OpeningDetails details, String createdBy, Instant createdAt) {
        this.status = OpeningStatus.OPEN;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        describe(details);
    }

    /** Title, team, description, hiring managers and key competencies, all checked together. */
    public void describe(OpeningDetails details) {
        Map<String, String> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.title = Limits.normalise(details.title());
        this.team = Limits.normalise(details.team());
        this.description = Limits.normalise(details.description());
        this.hiringManagers.clear();
        this.hiringManagers.addAll(details.hiringManagers());
        this.keyCompetencies.clear();
        this.keyCompetencies.addAll(details.keyCompetencies());
    }

    /**
     * Whether the panel compares this opening's candidates under pseudonyms until each decision is
     * recorded; the recruiter still schedules them by name.
     */
    public void compareBlind(boolean blind) {
        this.blind = blind;
    }

    public boolean isBlind() {
        return blind;
    }

    /** Closing keeps everything readable; only scheduling new interviews stops. */
    public void close(Instant at) {
        if (status == OpeningStatus.OPEN) {
            status = OpeningStatus.CLOSED;
            closedAt = at;
        }
    }

    public void reopen() {
        status = OpeningStatus.OPEN;
        closedAt = null;
    }

    public void requireOpen() {
        if (status != OpeningStatus.OPEN) {
            throw new ConflictException(
                    "The opening \""
                            + title
                            + "\" is closed: its data stays readable, "
                            + "but no new interviews can be scheduled. Reopen it first if hiring continues.");
        }
    }

    public boolean isOpen() {
        return status == OpeningStatus.OPEN;
    }

    public boolean isHiringManager(String username) {
        return username != null && hiringManagers.contains(username);
    }

    // ---- the plan

    /** The stages the new plan would drop, matched by name as {@link #replacePlan} matches them. */
    public List<PlanStage> stagesRemovedBy(List<StageSpec> specs) {
        return plan().stagesRemovedBy(specs);
    }

    /**
     * Replaces the stages and their questions. Stages are matched to the current ones by name, so
     * interviews of a renamed-in-place or reordered stage stay with it. Every problem is reported
     * at once, keyed like the JSON ({@code stages[0].questions[1].version}).
     *
     * @return the stages whose questions changed, for refreshing interviews that are not frozen
     */
    public List<PlanStage> replacePlan(List<StageSpec> specs) {
        return plan().replace(specs);
    }

    /** What {@link #replacePlan} would refuse, without changing anything. */
    public Map<String, String> planProblems(List<StageSpec> specs) {
        Map<String, String> problems = new LinkedHashMap<>();
        PlanCheck.resolve(this, specs == null ? List.of() : specs, problems);
        return problems;
    }

    /**
     * The pinned question, for moving it to the newest version: an explicit action, never
     * automatic.
     */
    public Optional<StageQuestion> pinOf(Question question) {
        return plan().pinOf(question);
    }

    public Optional<StageQuestion> pinOf(long questionId) {
        return plan().pinOf(questionId);
    }

    /**
     * Pins the question's current version in place of the one the plan has.
     *
     * @return the stage that changed
     */
    public PlanStage moveToNewestVersion(Question question) {
        return plan().moveToNewestVersion(question);
    }

    /**
     * Starts this plan as a copy of another opening's: same stages, same pinned versions, same
     * budgets.
     */
    public void copyPlanFrom(Opening other) {
        plan().copy(other);
    }

    public Optional<PlanStage> stageNamed(String name) {
        return plan().stageNamed(name);
    }

    public PlanCoverage coverage() {
        return PlanCoverage.of(this);
    }

    /** The plan's rules, over this opening's stages. */
    private Plan plan() {
        return new Plan(this, stages);
    }

    /**
     * Refuses a change based on an older read than what is stored ({@code expected} null: no
     * check), so that of two people editing at once the second is told instead of overwriting.
     */
    public void requireVersion(Long expected) {
        if (expected != null && expected != entityVersion) {
            throw new StaleVersionException(
                    "The opening \""
                            + title
                            + "\" was changed by someone else since you read it; read it again,"
                            + " then make your change on what is there now.",
                    entityVersion);
        }
    }

    /** Moves with every change of the opening or its plan: the REST API's ETag. */
    public long getEntityVersion() {
        return entityVersion;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getTeam() {
        return team;
    }

    public String getDescription() {
        return description;
    }

    public OpeningStatus getStatus() {
        return status;
    }

    public Set<String> getHiringManagers() {
        return Set.copyOf(new TreeSet<>(hiringManagers));
    }

    public List<String> getHiringManagersSorted() {
        return hiringManagers.stream().sorted().toList();
    }

    public List<Competency> getKeyCompetencies() {
        return keyCompetencies.stream().sorted(Comparator.comparing(Competency::getName)).toList();
    }

    public List<PlanStage> getStages() {
        return List.copyOf(stages);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    static <T> List<T> copy(Collection<T> values) {
        return List.copyOf(values);
    }
}
