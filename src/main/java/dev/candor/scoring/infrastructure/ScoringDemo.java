package dev.candor.scoring.infrastructure;

import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.Opening;
import dev.candor.planning.domain.PanelChange;
import dev.candor.planning.domain.PanelMemberAdded;
import dev.candor.scoring.domain.Rating;
import dev.candor.scoring.domain.RatingInput;
import dev.candor.scoring.domain.RatingSave;
import dev.candor.scoring.domain.Recommendation;
import dev.candor.scoring.domain.Scorecard;
import dev.candor.scoring.domain.SubmissionRules;
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
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With CANDOR_DEMO=true, after planning's demo (order 30): scorecards in every state for the demo
 * opening. The first four candidates' interviews are held by all three demo interviewers and fully
 * scored: one clear-cut candidate, one split panel, and interviewer3 lenient throughout (about a
 * point above the others); the fifth is in progress (interviewer1 has scored two questions), the
 * sixth not started. Runs once: as soon as any scorecard of the opening has been started, it does
 * nothing.
 */
@ApplicationScoped
public class ScoringDemo implements StartupTask {

    private static final Logger LOG = Logger.getLogger(ScoringDemo.class.getName());
    private static final String OPENING = "Customer Service Lead";
    private static final List<String> PANEL =
            List.of("interviewer1", "interviewer2", "interviewer3");

    /**
     * Per candidate (by interview order) and interviewer: the base score per question; interviewer3
     * adds one.
     */
    private static final int[][] BASE = {
        {5, 4, 5, 4, 5, 4}, // clear-cut: strong everywhere
        {4, 2, 3, 4, 2, 3}, // split: interviewer1 reads it high, interviewer2 low (see SPLIT)
        {3, 3, 2, 3, 4, 3},
        {2, 3, 2, 2, 3, 2},
    };

    @PersistenceContext private EntityManager em;

    @Inject private Event<PanelMemberAdded> added;

    @Inject private Clock clock;

    @Inject
    @ConfigProperty(name = "candor.demo", defaultValue = "false")
    private boolean demo;

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void run() {
        if (!demo) {
            return;
        }
        Opening opening =
                em.createQuery("select o from Opening o where o.title = :t", Opening.class)
                        .setParameter("t", OPENING)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (opening == null) {
            return;
        }
        List<Interview> interviews =
                em.createQuery(
                                "select i from Interview i where i.opening = :o "
                                        + "order by i.candidate.id",
                                Interview.class)
                        .setParameter("o", opening)
                        .getResultList();
        if (interviews.size() < 2 || interviews.get(0).getQuestions().isEmpty()) {
            return;
        }
        List<Long> ids = interviews.stream().map(Interview::getId).toList();
        long started =
                em.createQuery(
                                "select count(s) from Scorecard s where s.interviewId in :ids "
                                        + "and s.status <> dev.candor.scoring.domain.ScorecardStatus.NOT_STARTED",
                                Long.class)
                        .setParameter("ids", ids)
                        .getSingleResult();
        if (started > 0) {
            return;
        }
        Instant now = clock.instant();
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        int scored = 0;
        for (int i = 0; i < interviews.size(); i++) {
            Interview interview = interviews.get(i);
            if (i < BASE.length + 1) {
                // Held already: the first four fully scored, the fifth in progress.
                interview.reschedule(
                        today.minus(Duration.ofDays(BASE.length + 1L - i))
                                .plus(Duration.ofHours(10)),
                        interview.getMinutes());
                PanelChange change = interview.changePanel(PANEL, username -> false, now);
                em.flush();
                change.added().forEach(u -> added.fire(new PanelMemberAdded(interview.getId(), u)));
            }
            if (i < BASE.length) {
                interview.freeze(now);
                for (int member = 0; member < PANEL.size(); member++) {
                    scoreFully(interview, PANEL.get(member), i, member, now);
                }
                scored++;
            } else if (i == BASE.length) {
                interview.freeze(now);
                Scorecard draft = scorecard(interview, PANEL.get(0));
                draft.start(interview.getQuestions().size(), now);
                save(draft, 1, 4, DemoNotes.notes(0, 4, 1), now);
                save(
                        draft,
                        2,
                        3,
                        "Started well; probe on what they would do differently still to ask.",
                        now);
            }
        }
        em.flush();
        LOG.info(
                "Demo scorecards: "
                        + scored
                        + " candidates fully scored by "
                        + PANEL.size()
                        + " interviewers, one in progress, the rest not started.");
    }

    private void scoreFully(
            Interview interview, String username, int candidate, int member, Instant now) {
        Scorecard scorecard = scorecard(interview, username);
        int questions = interview.getQuestions().size();
        scorecard.start(questions, now);
        List<Rating> ratings = new ArrayList<>();
        int total = 0;
        for (int position = 1; position <= questions; position++) {
            int score = score(candidate, member, position);
            total += score;
            ratings.add(
                    save(
                            scorecard,
                            position,
                            score,
                            DemoNotes.notes(member, score, position),
                            now));
        }
        double mean = (double) total / questions;
        Recommendation recommendation =
                mean >= 4.5
                        ? Recommendation.STRONG_YES
                        : mean >= 3.2
                                ? Recommendation.YES
                                : mean >= 2.2 ? Recommendation.NO : Recommendation.STRONG_NO;
        scorecard.submit(
                ratings,
                recommendation,
                DemoNotes.summary(member, recommendation),
                SubmissionRules.defaults(),
                now);
    }

    private static int score(int candidate, int member, int position) {
        int base = BASE[candidate][(position - 1) % BASE[candidate].length];
        if (candidate == 1 && member == 1) {
            base = Math.max(1, base - 2); // the split panel: interviewer2 saw little
        } else if (candidate == 1 && member == 0) {
            base = Math.min(5, base + 1);
        }
        if (member == 2) {
            base += 1; // interviewer3 is lenient
        }
        return Math.max(1, Math.min(5, base));
    }

    private Scorecard scorecard(Interview interview, String username) {
        return em.createNamedQuery(Scorecard.BY_INTERVIEW_AND_INTERVIEWER, Scorecard.class)
                .setParameter("interview", interview.getId())
                .setParameter("username", username)
                .getSingleResult();
    }

    private Rating save(Scorecard scorecard, int position, int score, String notes, Instant now) {
        RatingSave save =
                scorecard.saveRating(
                        null, position, new RatingInput(score, false, null, notes, 1), now);
        em.persist(save.rating());
        return save.rating();
    }
}
