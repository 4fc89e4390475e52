package dev.candor.planning.application;

import dev.candor.identity.application.UserDirectory;
import dev.candor.identity.domain.Role;
import dev.candor.identity.domain.User;
import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.Opening;
import dev.candor.planning.domain.OpeningDetails;
import dev.candor.questionbank.domain.Competency;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Openings: recruiters create, edit and close them; hiring managers read the ones that list them.
 */
@ApplicationScoped
@Transactional
public class Openings {

    @PersistenceContext private EntityManager em;

    @Inject private PlanningAccess access;

    @Inject private UserDirectory users;

    @Inject private ScoringProgressSource scoring;

    @Inject private Clock clock;

    /**
     * All openings for recruiters and administrators, their own for hiring managers; 403 for
     * others.
     */
    public List<OpeningView> list() {
        access.requireOpeningRole();
        List<Opening> openings;
        if (access.managesAll()) {
            openings =
                    em.createQuery(
                                    "select o from Opening o order by o.status desc, o.title",
                                    Opening.class)
                            .getResultList();
        } else {
            openings =
                    em.createQuery(
                                    "select o from Opening o join o.hiringManagers m where m = :me "
                                            + "order by o.status desc, o.title",
                                    Opening.class)
                            .setParameter("me", access.username())
                            .getResultList();
        }
        return openings.stream().map(this::view).toList();
    }

    public OpeningView get(long id) {
        return view(access.opening(id));
    }

    public OpeningView create(OpeningForm form) {
        return create(form, null);
    }

    /**
     * With {@code blind} true, the panel compares candidates under pseudonyms (null: not blind).
     */
    public OpeningView create(OpeningForm form, Boolean blind) {
        access.requireRecruiter();
        Opening opening = new Opening(details(form), access.username(), clock.instant());
        opening.compareBlind(Boolean.TRUE.equals(blind));
        em.persist(opening);
        em.flush();
        return view(opening);
    }

    public OpeningView update(long id, OpeningForm form) {
        return update(id, form, null);
    }

    /** {@code blind} switches blind comparison on or off; null leaves it as it is. */
    public OpeningView update(long id, OpeningForm form, Boolean blind) {
        return update(id, form, blind, null);
    }

    /** As above, only while the opening is still at {@code expectedVersion} (null: any). */
    public OpeningView update(long id, OpeningForm form, Boolean blind, Long expectedVersion) {
        Opening opening = access.opening(id);
        access.requireRecruiter();
        opening.requireVersion(expectedVersion);
        opening.describe(details(form));
        if (blind != null) {
            opening.compareBlind(blind);
        }
        // Hiring managers and key competencies live in their own tables: without the forced
        // increment a change of only those would leave the version (the ETag) where it was.
        em.lock(opening, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return view(opening);
    }

    /** Keeps everything readable; no new interviews can be scheduled. */
    public OpeningView close(long id) {
        Opening opening = access.opening(id);
        access.requireRecruiter();
        opening.close(clock.instant());
        return view(opening);
    }

    public OpeningView reopen(long id) {
        Opening opening = access.opening(id);
        access.requireRecruiter();
        opening.reopen();
        return view(opening);
    }

    /** People who can be made hiring manager, for pickers. */
    public List<User> hiringManagerChoices() {
        access.requireOpeningRole();
        return users.activeWithRole(Role.HIRING_MANAGER);
    }

    public List<Competency> competencyChoices() {
        access.requireOpeningRole();
        return em.createQuery(
                        "select c from Competency c where c.active = true order by c.name",
                        Competency.class)
                .getResultList();
    }

    private OpeningDetails details(OpeningForm form) {
        if (form == null) {
            throw new InvalidInputException(
                    "body", "Send the opening's title, team and description.");
        }
        Set<String> managers = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String name : form.hiringManagers()) {
            String username = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            Optional<User> user = users.find(username);
            if (user.isEmpty() || !user.get().isActive()) {
                problems.add("there is no active user \"" + username + "\"");
            } else if (!user.get().hasRole(Role.HIRING_MANAGER)) {
                problems.add("\"" + username + "\" does not have the hiring manager role");
            } else {
                managers.add(username);
            }
        }
        Set<Competency> competencies = new HashSet<>();
        List<String> competencyProblems = new ArrayList<>();
        for (String name : form.keyCompetencies()) {
            List<Competency> found =
                    em.createQuery(
                                    "select c from Competency c where lower(c.name) = :name",
                                    Competency.class)
                            .setParameter(
                                    "name",
                                    name == null ? "" : name.strip().toLowerCase(Locale.ROOT))
                            .getResultList();
            if (found.isEmpty()) {
                competencyProblems.add(
                        "there is no competency \"" + name + "\" in the question bank");
            } else {
                competencies.add(found.get(0));
            }
        }
        OpeningDetails details =
                new OpeningDetails(
                        form.title(), form.team(), form.description(), managers, competencies);
        Map<String, String> all = new java.util.LinkedHashMap<>(details.problems());
        if (!problems.isEmpty()) {
            all.put("hiringManagers", "Hiring managers: " + String.join("; ", problems) + ".");
        }
        if (!competencyProblems.isEmpty()) {
            all.put(
                    "keyCompetencies",
                    "Key competencies: " + String.join("; ", competencyProblems) + ".");
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return details;
    }

    OpeningView view(Opening opening) {
        long candidates =
                em.createQuery("select count(c) from Candidate c where c.opening = :o", Long.class)
                        .setParameter("o", opening)
                        .getSingleResult();
        List<Interview> interviews =
                em.createQuery("select i from Interview i where i.opening = :o", Interview.class)
                        .setParameter("o", opening)
                        .getResultList();
        return OpeningView.of(opening, candidates, interviews.size(), total(interviews));
    }

    ScoringProgress.Progress total(Collection<Interview> interviews) {
        if (interviews.isEmpty()) {
            return ScoringProgress.Progress.NONE;
        }
        Map<Long, ScoringProgress.Progress> known =
                scoring.get().progressOf(interviews.stream().map(Interview::getId).toList());
        int submitted = 0;
        int expected = 0;
        for (Interview interview : interviews) {
            ScoringProgress.Progress progress = known.get(interview.getId());
            submitted += progress == null ? 0 : progress.submitted();
            expected +=
                    progress == null || progress.expected() == 0
                            ? interview.getActivePanel().size()
                            : progress.expected();
        }
        return new ScoringProgress.Progress(submitted, expected);
    }
}
