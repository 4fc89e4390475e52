package dev.candor.planning.application;

import dev.candor.identity.application.DisplayedTime;
import dev.candor.identity.application.TimeZones;
import dev.candor.identity.application.UserDirectory;
import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.Limits;
import dev.candor.planning.domain.Opening;
import dev.candor.planning.domain.PanelChange;
import dev.candor.planning.domain.PanelMemberAdded;
import dev.candor.planning.domain.PanelMemberRemoved;
import dev.candor.planning.domain.PlanStage;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scheduling interviews and changing their panels. Every person who joins a panel is announced with
 * {@link PanelMemberAdded}, every person who leaves with {@link PanelMemberRemoved}, so scoring can
 * keep one scorecard per panel member.
 */
@ApplicationScoped
@Transactional
public class Interviews {

    @PersistenceContext private EntityManager em;

    @Inject private PlanningAccess access;

    @Inject private UserDirectory users;

    @Inject private ScoringProgressSource scoring;

    @Inject private Event<PanelMemberAdded> added;

    @Inject private Event<PanelMemberRemoved> removed;

    @Inject private Event<InterviewMoved> moved;

    @Inject private Event<InterviewCancelled> cancelled;

    @Inject private Clock clock;

    @Inject private TimeZones zones;

    public Scheduled schedule(InterviewForm form) {
        return schedule(form, null);
    }

    /**
     * @param seniority how senior each panel member is (JUNIOR, MID, SENIOR, LEAD), by username;
     *     null or absent names have none
     */
    public Scheduled schedule(InterviewForm form, Map<String, String> seniority) {
        if (form == null || form.candidateId() == null) {
            throw new InvalidInputException("candidateId", "Choose the candidate to interview.");
        }
        Candidate candidate = access.candidate(form.candidateId());
        Opening opening = candidate.getOpening();
        opening.requireOpen();
        PlanStage stage = stage(opening, form.stage());
        List<String> panel = panel(form.panel());
        Interview interview =
                Interview.schedule(
                        candidate,
                        stage,
                        form.startsAt(),
                        form.minutes(),
                        panel,
                        access.username(),
                        clock.instant());
        interview.rankSeats(seniority);
        em.persist(interview);
        em.flush();
        interview
                .getActivePanel()
                .forEach(username -> added.fire(new PanelMemberAdded(interview.getId(), username)));
        return new Scheduled(view(interview), doubleBookings(interview));
    }

    /** Moves the interview and/or changes its panel; null fields stay as they are. */
    public Scheduled update(long id, Instant startsAt, Integer minutes, List<String> panel) {
        return update(id, startsAt, minutes, panel, null);
    }

    /** As {@link #update(long, Instant, Integer, List)}, also setting panel seniority. */
    public Scheduled update(
            long id,
            Instant startsAt,
            Integer minutes,
            List<String> panel,
            Map<String, String> seniority) {
        Interview interview = access.managedInterview(id);
        Instant startedAt = interview.getStartsAt();
        int length = interview.getMinutes();
        if (startsAt != null || minutes != null) {
            interview.reschedule(
                    startsAt == null ? interview.getStartsAt() : startsAt,
                    minutes == null ? interview.getMinutes() : minutes);
        }
        if (panel != null) {
            PanelChange change =
                    interview.changePanel(
                            panel(panel),
                            username -> scoring.get().hasStarted(interview.getId(), username),
                            clock.instant());
            em.flush();
            change.added().forEach(u -> added.fire(new PanelMemberAdded(interview.getId(), u)));
            change.removed()
                    .forEach(u -> removed.fire(new PanelMemberRemoved(interview.getId(), u)));
            change.withdrawn()
                    .forEach(u -> removed.fire(new PanelMemberRemoved(interview.getId(), u)));
        }
        interview.rankSeats(seniority);
        if (!interview.getStartsAt().equals(startedAt) || interview.getMinutes() != length) {
            moved.fire(new InterviewMoved(interview.getId()));
        }
        return new Scheduled(view(interview), doubleBookings(interview));
    }

    /** Only an interview nobody has started scoring can be cancelled; it is then deleted. */
    public void cancel(long id) {
        Interview interview = access.managedInterview(id);
        if (interview.isFrozen() || scoring.get().hasStarted(interview.getId())) {
            throw new ConflictException(
                    "This interview cannot be cancelled: scoring has started, and scorecards are "
                            + "never thrown away. Change its panel instead.");
        }
        cancelled.fire(new InterviewCancelled(interview.getId()));
        interview
                .getPanel()
                .forEach(
                        m ->
                                removed.fire(
                                        new PanelMemberRemoved(
                                                interview.getId(), m.getUsername())));
        em.remove(interview);
    }

    /** Whether the caller may move the interview or change its panel (not only read it). */
    public boolean canManage(long id) {
        return access.canManage(access.interview(id).getOpening());
    }

    public InterviewView get(long id) {
        return view(access.interview(id));
    }

    public List<InterviewView> ofOpening(long openingId) {
        Opening opening = access.opening(openingId);
        return views(
                em.createQuery(
                                "select i from Interview i where i.opening = :o order by i.startsAt",
                                Interview.class)
                        .setParameter("o", opening)
                        .getResultList());
    }

    public List<InterviewView> ofCandidate(long candidateId) {
        Candidate candidate = access.candidate(candidateId);
        return views(
                em.createQuery(
                                "select i from Interview i where i.candidate = :c order by i.startsAt",
                                Interview.class)
                        .setParameter("c", candidate)
                        .getResultList());
    }

    /** The interviews whose panel the caller is on, withdrawn or not, earliest first. */
    public List<InterviewView> mine() {
        return views(myInterviews());
    }

    /** The interviewer's home page: what is coming, what is in draft, what is overdue. */
    public MyWork myWork() {
        String me = access.username();
        Instant now = clock.instant();
        List<InterviewView> upcoming = new ArrayList<>();
        List<InterviewView> drafts = new ArrayList<>();
        List<InterviewView> overdue = new ArrayList<>();
        List<Interview> interviews = myInterviews();
        Map<Long, ScoringProgress.Progress> progress = progress(interviews);
        ScoringProgress port = scoring.get();
        for (Interview interview : interviews) {
            if (!interview.isActiveMember(me)) {
                continue;
            }
            InterviewView view = InterviewView.of(interview, progress.get(interview.getId()));
            boolean submitted = port.hasSubmitted(interview.getId(), me);
            if (interview.endsAt().isAfter(now)) {
                upcoming.add(view);
            } else if (!submitted && interview.isOverdue(now)) {
                overdue.add(view);
            } else if (!submitted) {
                drafts.add(view);
            }
        }
        return new MyWork(upcoming, drafts, overdue);
    }

    /**
     * People who can sit on a panel: active interviewers and hiring managers whose name or username
     * matches.
     */
    public List<User> panelChoices(String query) {
        access.requireOpeningRole();
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<User> result = new ArrayList<>();
        for (Role role : List.of(Role.INTERVIEWER, Role.HIRING_MANAGER)) {
            for (User user : users.activeWithRole(role)) {
                boolean matches =
                        user.getUsername().contains(q)
                                || user.getDisplayName().toLowerCase(Locale.ROOT).contains(q);
                if (matches
                        && result.stream()
                                .noneMatch(u -> u.getUsername().equals(user.getUsername()))) {
                    result.add(user);
                }
            }
        }
        return result;
    }

    private List<Interview> myInterviews() {
        return em.createQuery(
                        "select distinct i from Interview i join i.panel m where m.username = :me "
                                + "order by i.startsAt",
                        Interview.class)
                .setParameter("me", access.username())
                .getResultList();
    }

    private PlanStage stage(Opening opening, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("stage", "Choose a stage of the plan.");
        }
        return opening.stageNamed(name)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "stage",
                                        "The plan of \""
                                                + opening.getTitle()
                                                + "\" has no stage \""
                                                + name.strip()
                                                + "\"; its stages are "
                                                + opening.getStages().stream()
                                                        .map(PlanStage::getName)
                                                        .toList()
                                                + "."));
    }

    private List<String> panel(List<String> usernames) {
        List<String> problems = new ArrayList<>();
        List<String> result = new ArrayList<>();
        for (String name : usernames == null ? List.<String>of() : usernames) {
            String username = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            Optional<User> user = users.find(username);
            if (user.isEmpty() || !user.get().isActive()) {
                problems.add("there is no active user \"" + username + "\"");
            } else if (!user.get().hasRole(Role.INTERVIEWER)
                    && !user.get().hasRole(Role.HIRING_MANAGER)) {
                problems.add("\"" + username + "\" is neither an interviewer nor a hiring manager");
            } else if (!result.contains(username)) {
                result.add(username);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("panel", "Panel: " + String.join("; ", problems) + ".");
        }
        return result;
    }

    /** Warnings, not refusals: people sometimes do overlap on purpose, but should know. */
    private List<String> doubleBookings(Interview interview) {
        List<String> members = interview.getActivePanel();
        if (members.isEmpty()) {
            return List.of();
        }
        List<Interview> nearby =
                em.createQuery(
                                "select distinct i from Interview i join i.panel m "
                                        + "where m.username in :names and m.withdrawn = false and i.startsAt > :from and i.startsAt < :to "
                                        + "and i.id <> :id",
                                Interview.class)
                        .setParameter("names", members)
                        .setParameter(
                                "from",
                                interview
                                        .getStartsAt()
                                        .minus(Duration.ofMinutes(Limits.MAX_MINUTES)))
                        .setParameter("to", interview.endsAt())
                        .setParameter("id", interview.getId())
                        .getResultList();
        List<String> warnings = new ArrayList<>();
        for (Interview other : nearby) {
            if (!other.overlaps(interview.getStartsAt(), interview.getMinutes())) {
                continue;
            }
            for (String member : members) {
                if (other.isActiveMember(member)) {
                    warnings.add(
                            member
                                    + " is already on another interview at an overlapping time: "
                                    + other.getCandidate().getName()
                                    + ", "
                                    + other.getStageName()
                                    + ", "
                                    + when(other.getStartsAt())
                                    + " ("
                                    + other.getMinutes()
                                    + " min).");
                }
            }
        }
        return warnings;
    }

    private InterviewView view(Interview interview) {
        return InterviewView.of(interview, progress(List.of(interview)).get(interview.getId()));
    }

    private List<InterviewView> views(List<Interview> interviews) {
        Map<Long, ScoringProgress.Progress> progress = progress(interviews);
        return interviews.stream().map(i -> InterviewView.of(i, progress.get(i.getId()))).toList();
    }

    private Map<Long, ScoringProgress.Progress> progress(Collection<Interview> interviews) {
        if (interviews.isEmpty()) {
            return Map.of();
        }
        return scoring.get().progressOf(interviews.stream().map(Interview::getId).toList());
    }

    /** A time in a message to the caller, in their zone (the messages are in English). */
    private String when(Instant instant) {
        return DisplayedTime.of(instant, zones.ofCaller(), Locale.ENGLISH);
    }
}
