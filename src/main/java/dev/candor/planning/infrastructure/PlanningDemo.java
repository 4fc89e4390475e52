package dev.candor.planning.infrastructure;

import dev.candor.identity.application.UserDirectory;
import dev.candor.planning.domain.Candidate;
import dev.candor.planning.domain.CandidateDetails;
import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.Opening;
import dev.candor.planning.domain.OpeningDetails;
import dev.candor.planning.domain.PanelMemberAdded;
import dev.candor.planning.domain.PlanStage;
import dev.candor.planning.domain.QuestionSpec;
import dev.candor.planning.domain.StageSpec;
import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.shared.infrastructure.startup.StartupTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With CANDOR_DEMO=true: the opening "Customer Service Lead" with a two-stage plan from the starter
 * library (including the broke-the-rules question), six candidates and an interview for each. Each
 * part is added only when missing, so the task is idempotent; without active questions in the bank
 * the plan and interviews wait for a later start.
 */
@ApplicationScoped
public class PlanningDemo implements StartupTask {

    static final String TITLE = "Customer Service Lead";
    private static final Logger LOG = Logger.getLogger(PlanningDemo.class.getName());
    private static final String MANAGER = "manager";
    private static final List<String> INTERVIEWERS =
            List.of("interviewer1", "interviewer2", "interviewer3");
    private static final List<String[]> CANDIDATES =
            List.of(
                    new String[] {"Amara Okafor", "amara.okafor@example.com", "+44 20 7946 0101"},
                    new String[] {"Ben Hollis", "ben.hollis@example.com", ""},
                    new String[] {"Chiara Russo", "chiara.russo@example.com", "+39 06 5555 0102"},
                    new String[] {"Dev Patel", "dev.patel@example.com", ""},
                    new String[] {"Elif Yilmaz", "elif.yilmaz@example.com", "+90 212 555 0103"},
                    new String[] {"Finn Larsen", "finn.larsen@example.com", ""});

    @PersistenceContext private EntityManager em;

    @Inject private UserDirectory users;

    @Inject private Event<PanelMemberAdded> added;

    @Inject private Clock clock;

    @Inject
    @ConfigProperty(name = "candor.demo", defaultValue = "false")
    private boolean demo;

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void run() {
        if (!demo) {
            return;
        }
        Opening opening =
                em.createQuery("select o from Opening o where o.title = :t", Opening.class)
                        .setParameter("t", TITLE)
                        .getResultStream()
                        .findFirst()
                        .orElseGet(this::createOpening);
        if (opening.getStages().isEmpty() && !planFromStarterLibrary(opening)) {
            LOG.info(
                    "Demo opening \""
                            + TITLE
                            + "\": the question bank has no active questions yet, so its plan "
                            + "and interviews are left for a later start.");
        }
        List<Candidate> candidates = candidatesOf(opening);
        if (!opening.getStages().isEmpty()) {
            scheduleInterviews(opening, candidates);
        }
    }

    private Opening createOpening() {
        Set<String> managers = new HashSet<>();
        users.find(MANAGER).ifPresent(user -> managers.add(user.getUsername()));
        Opening opening =
                new Opening(
                        new OpeningDetails(
                                TITLE,
                                "Customer Service",
                                "Leads a team of eight on the phone and at the service desk: handles escalations, coaches the team, "
                                        + "and decides when the rules should bend for a customer.",
                                managers,
                                Set.of()),
                        "system",
                        clock.instant());
        em.persist(opening);
        em.flush();
        return opening;
    }

    private boolean planFromStarterLibrary(Opening opening) {
        List<Question> active =
                em.createQuery(
                                "select q from Question q where q.status = :s order by q.id",
                                Question.class)
                        .setParameter("s", QuestionStatus.ACTIVE)
                        .getResultList();
        if (active.isEmpty()) {
            return false;
        }
        Set<Question> used = new LinkedHashSet<>();
        List<QuestionSpec> judgement = new ArrayList<>();
        pick(active, used, "broke the rules")
                .ifPresent(q -> judgement.add(new QuestionSpec(q, null, 15)));
        pickByCompetency(active, used, "Judgement under pressure", 1)
                .forEach(q -> judgement.add(new QuestionSpec(q, null, 10)));
        pickByCompetency(active, used, "Service recovery", 2)
                .forEach(q -> judgement.add(new QuestionSpec(q, null, 10)));
        List<QuestionSpec> values = new ArrayList<>();
        pickByCompetency(active, used, "Ownership", 2)
                .forEach(q -> values.add(new QuestionSpec(q, null, 8)));
        pickByCompetency(active, used, "Tact", 2)
                .forEach(q -> values.add(new QuestionSpec(q, null, 7)));
        if (judgement.isEmpty() && values.isEmpty()) {
            active.stream().limit(4).forEach(q -> judgement.add(new QuestionSpec(q, null, 10)));
        }
        opening.replacePlan(
                List.of(
                        new StageSpec("Service judgement", 45, judgement),
                        new StageSpec("Values", 30, values)));
        Set<Competency> key = new HashSet<>(opening.getKeyCompetencies());
        opening.getStages()
                .forEach(
                        stage ->
                                stage.getQuestions()
                                        .forEach(q -> key.add(q.getVersion().getCompetency())));
        opening.describe(
                new OpeningDetails(
                        opening.getTitle(),
                        opening.getTeam(),
                        opening.getDescription(),
                        opening.getHiringManagers(),
                        key));
        em.flush();
        return true;
    }

    private static Optional<Question> pick(
            List<Question> active, Set<Question> used, String textContains) {
        Optional<Question> found =
                active.stream()
                        .filter(q -> !used.contains(q))
                        .filter(
                                q ->
                                        q.getCurrentVersion()
                                                .getText()
                                                .toLowerCase(Locale.ROOT)
                                                .contains(textContains))
                        .findFirst();
        found.ifPresent(used::add);
        return found;
    }

    private static List<Question> pickByCompetency(
            List<Question> active, Set<Question> used, String competency, int count) {
        List<Question> found =
                active.stream()
                        .filter(q -> !used.contains(q))
                        .filter(q -> q.getCompetency().isNamed(competency))
                        .limit(count)
                        .toList();
        used.addAll(found);
        return found;
    }

    private List<Candidate> candidatesOf(Opening opening) {
        List<Candidate> existing =
                em.createQuery(
                                "select c from Candidate c where c.opening = :o order by c.id",
                                Candidate.class)
                        .setParameter("o", opening)
                        .getResultList();
        if (!existing.isEmpty()) {
            return existing;
        }
        List<Candidate> created = new ArrayList<>();
        for (String[] person : CANDIDATES) {
            Candidate candidate =
                    new Candidate(
                            opening,
                            new CandidateDetails(person[0], person[1], person[2], null),
                            clock.instant());
            em.persist(candidate);
            created.add(candidate);
        }
        em.flush();
        return created;
    }

    /**
     * One "Service judgement" interview per candidate: the first two already held (so there is
     * scoring to do), the others on the coming days.
     */
    private void scheduleInterviews(Opening opening, List<Candidate> candidates) {
        long existing =
                em.createQuery("select count(i) from Interview i where i.opening = :o", Long.class)
                        .setParameter("o", opening)
                        .getSingleResult();
        List<String> panelPool =
                INTERVIEWERS.stream().filter(u -> users.find(u).isPresent()).toList();
        if (existing > 0 || panelPool.isEmpty() || !opening.isOpen()) {
            return;
        }
        PlanStage stage = opening.getStages().get(0);
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (!candidate.isActive()) {
                continue;
            }
            Instant startsAt =
                    today.plus(Duration.ofDays(i < 2 ? i - 2L : i - 1L))
                            .plus(Duration.ofHours(9 + 2L * (i % 3)));
            List<String> panel =
                    List.of(
                                    panelPool.get(i % panelPool.size()),
                                    panelPool.get((i + 1) % panelPool.size()))
                            .stream()
                            .distinct()
                            .toList();
            Interview interview =
                    Interview.schedule(
                            candidate,
                            stage,
                            startsAt,
                            stage.getMinutes(),
                            panel,
                            "system",
                            clock.instant());
            em.persist(interview);
            em.flush();
            interview
                    .getActivePanel()
                    .forEach(u -> added.fire(new PanelMemberAdded(interview.getId(), u)));
        }
    }
}
