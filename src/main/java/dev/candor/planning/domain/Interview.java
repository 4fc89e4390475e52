package dev.candor.planning.domain;

import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One candidate in one stage, at a time, with a panel. The interview keeps its own copy of the
 * stage's questions: refreshed from the plan while nobody has started scoring, frozen from then on,
 * so later plan changes apply to later interviews only.
 */
@Entity
@Table(name = "interview")
@NamedQuery(
        name = Interview.FREEZE_IF_NOT_FROZEN,
        query =
                "update Interview i set i.frozen = true, "
                        + "i.frozenAt = :at, i.entityVersion = i.entityVersion + 1 where i.id = :id and i.frozen = false")
public class Interview {

    /**
     * {@link #freeze} as one conditional statement, for the first saves of a panel, which arrive
     * together: the database lets one of them freeze the interview and the others find it frozen,
     * rather than all but one failing an optimistic lock. Parameters {@code id}, {@code at}.
     */
    public static final String FREEZE_IF_NOT_FROZEN = "Interview.freezeIfNotFrozen";

    /** A scorecard not submitted this long after the interview ended is overdue. */
    public static final Duration OVERDUE_AFTER = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opening_id", nullable = false)
    private Opening opening;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id", nullable = false)
    private Candidate candidate;

    /**
     * Null once the stage has been removed from the plan; the interview keeps its name and
     * questions.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id")
    private PlanStage stage;

    @Column(name = "stage_name", nullable = false, length = Limits.STAGE_NAME)
    private String stageName;

    @Column(name = "stage_position", nullable = false)
    private int stagePosition;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<PanelMember> panel = new ArrayList<>();

    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<InterviewQuestion> questions = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected Interview() {}

    private Interview(
            Candidate candidate,
            PlanStage stage,
            Instant startsAt,
            int minutes,
            String createdBy,
            Instant createdAt) {
        this.opening = candidate.getOpening();
        this.candidate = candidate;
        this.stage = stage;
        this.stageName = stage.getName();
        this.stagePosition = stage.getPosition();
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        kit().copy(stage);
    }

    /**
     * Schedules the candidate for a stage of their opening's plan. The panel is usernames the
     * application layer has checked against the user directory.
     */
    public static Interview schedule(
            Candidate candidate,
            PlanStage stage,
            Instant startsAt,
            Integer minutes,
            List<String> panel,
            String createdBy,
            Instant now) {
        Objects.requireNonNull(candidate);
        Opening opening = candidate.getOpening();
        opening.requireOpen();
        if (!candidate.isActive()) {
            throw new ConflictException(
                    candidate.getName()
                            + " is "
                            + candidate.getStatus().name().toLowerCase(Locale.ROOT)
                            + "; only active candidates can be scheduled.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (stage == null) {
            problems.put("stage", "Choose a stage of the plan.");
        } else if (stage.getOpening() != opening) {
            problems.put(
                    "stage",
                    "The stage \""
                            + stage.getName()
                            + "\" is not part of this candidate's opening.");
        }
        checkTime(startsAt, minutes, problems);
        List<String> members = Panel.usernames(panel);
        if (members.isEmpty()) {
            problems.put("panel", "A panel needs at least one interviewer.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Interview interview = new Interview(candidate, stage, startsAt, minutes, createdBy, now);
        members.forEach(username -> interview.panel.add(new PanelMember(interview, username)));
        return interview;
    }

    private static void checkTime(Instant startsAt, Integer minutes, Map<String, String> problems) {
        if (startsAt == null) {
            problems.put("startsAt", "Choose when the interview starts.");
        }
        Limits.minutesProblem(minutes)
                .ifPresent(p -> problems.put("minutes", "The length " + p + "."));
    }

    public void reschedule(Instant newStart, Integer newMinutes) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkTime(newStart, newMinutes, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.startsAt = newStart;
        this.minutes = newMinutes;
    }

    /**
     * Sets the panel to these people. Someone who leaves is removed, unless {@code hasStarted} says
     * they have started scoring: then they stay on, withdrawn. A withdrawn member named again is
     * put back.
     */
    public PanelChange changePanel(
            List<String> usernames, Predicate<String> hasStarted, Instant now) {
        return seats().change(usernames, hasStarted, now);
    }

    /**
     * Copies the stage's questions again, if they differ.
     *
     * @return whether the interview's questions changed
     * @throws IllegalStateException when the interview is frozen: callers check first
     */
    public boolean refreshFrom(PlanStage source) {
        if (frozen) {
            throw new IllegalStateException(
                    "Interview " + id + " is frozen; its questions no longer follow the plan.");
        }
        stageName = source.getName();
        stagePosition = source.getPosition();
        return kit().refreshFrom(source);
    }

    /** The interview's questions, as copied from its stage. */
    private InterviewKit kit() {
        return new InterviewKit(this, questions);
    }

    /** From now on the interview asks exactly the questions it has; idempotent. */
    public void freeze(Instant at) {
        if (!frozen) {
            frozen = true;
            frozenAt = at;
        }
    }

    /** The stage was removed from the plan; only a frozen interview may outlive its stage. */
    public void detachFromStage() {
        if (!frozen) {
            throw new IllegalStateException(
                    "Only a frozen interview keeps its questions without its stage.");
        }
        stage = null;
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    public boolean overlaps(Instant otherStart, int otherMinutes) {
        Instant otherEnd = otherStart.plus(Duration.ofMinutes(otherMinutes));
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt());
    }

    public boolean isOverdue(Instant now) {
        return now.isAfter(endsAt().plus(OVERDUE_AFTER));
    }

    /**
     * Sets how senior each named panel member is on this interview (for the debrief's speaking
     * order); refuses names not on the panel and unknown levels.
     */
    public void rankSeats(Map<String, String> seniority) {
        seats().rank(seniority);
    }

    /** The panel's rules, over this interview's seats. */
    private Panel seats() {
        return new Panel(this, panel);
    }

    public Optional<PanelMember> member(String username) {
        return seats().member(username);
    }

    /** On the panel and not withdrawn. */
    public boolean isActiveMember(String username) {
        return member(username).filter(m -> !m.isWithdrawn()).isPresent();
    }

    /**
     * On the panel, withdrawn or not: withdrawn members may still read the interview and their
     * scorecard.
     */
    public boolean isMember(String username) {
        return member(username).isPresent();
    }

    public List<String> getActivePanel() {
        return panel.stream().filter(m -> !m.isWithdrawn()).map(PanelMember::getUsername).toList();
    }

    public int getTotalMinutes() {
        return questions.stream().mapToInt(InterviewQuestion::getMinutes).sum();
    }

    public Long getId() {
        return id;
    }

    public Opening getOpening() {
        return opening;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public Optional<PlanStage> getStage() {
        return Optional.ofNullable(stage);
    }

    public String getStageName() {
        return stageName;
    }

    public int getStagePosition() {
        return stagePosition;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public Optional<Instant> getFrozenAt() {
        return Optional.ofNullable(frozenAt);
    }

    public List<PanelMember> getPanel() {
        return List.copyOf(panel);
    }

    public List<InterviewQuestion> getQuestions() {
        return List.copyOf(questions);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
