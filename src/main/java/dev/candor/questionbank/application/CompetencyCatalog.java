package dev.candor.questionbank.application;

import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The competencies questions are written for: recruiters and administrators keep them, everyone
 * reads them.
 */
@ApplicationScoped
@Transactional
public class CompetencyCatalog {

    @PersistenceContext private EntityManager em;

    @Inject private BankAccess access;

    /** Editors see every competency; other roles see the active ones. */
    public List<Competency> list() {
        access.requireReader();
        List<Competency> all =
                em.createQuery("select c from Competency c order by c.name", Competency.class)
                        .getResultList();
        return access.canEdit() ? all : all.stream().filter(Competency::isActive).toList();
    }

    /** Each competency the caller may see with its number of questions the caller may see. */
    public List<CompetencyCount> counts() {
        boolean editor = access.canEdit();
        String where = editor ? "" : " where q.status = :active";
        var query =
                em.createQuery(
                        "select q.competency.id, count(q) from Question q"
                                + where
                                + " group by q.competency.id",
                        Object[].class);
        if (!editor) {
            query.setParameter("active", QuestionStatus.ACTIVE);
        }
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return list().stream()
                .map(
                        c ->
                                new CompetencyCount(
                                        c.getId(),
                                        c.getName(),
                                        c.getDescription(),
                                        c.isActive(),
                                        counts.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    public Competency get(long id) {
        access.requireReader();
        Competency competency = em.find(Competency.class, id);
        if (competency == null || (!competency.isActive() && !access.canEdit())) {
            throw new NotFoundException("There is no competency " + id + ".");
        }
        return competency;
    }

    public Competency create(String name, String description) {
        access.requireEditor();
        requireValid(name, description);
        requireUnique(name, null);
        Competency competency = new Competency(name, description);
        em.persist(competency);
        return competency;
    }

    /**
     * Renames or re-describes a competency; questions follow it, since they refer to it, not to its
     * name.
     */
    public Competency describe(long id, String name, String description) {
        access.requireEditor();
        Competency competency = get(id);
        requireValid(name, description);
        requireUnique(name, competency.getId());
        competency.describe(name, description);
        return competency;
    }

    /** An inactive competency keeps its questions but gets no new ones, by hand or by import. */
    public Competency setActive(long id, boolean active) {
        access.requireEditor();
        Competency competency = get(id);
        if (active) {
            competency.activate();
        } else {
            competency.deactivate();
        }
        return competency;
    }

    /** By name, ignoring case and surrounding spaces. */
    public java.util.Optional<Competency> findByName(String name) {
        String wanted = name == null ? "" : name.strip();
        return em.createQuery(
                        "select c from Competency c where lower(c.name) = lower(:name)",
                        Competency.class)
                .setParameter("name", wanted)
                .getResultStream()
                .findFirst();
    }

    private static void requireValid(String name, String description) {
        Map<String, String> problems = new LinkedHashMap<>();
        Competency.NAME
                .problemWith(name)
                .ifPresent(p -> problems.put("name", QuestionEditing.sentence(p)));
        Competency.DESCRIPTION
                .problemWith(description)
                .ifPresent(p -> problems.put("description", QuestionEditing.sentence(p)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void requireUnique(String name, Long except) {
        findByName(name)
                .filter(existing -> !existing.getId().equals(except))
                .ifPresent(
                        existing -> {
                            throw new ConflictException(
                                    "There is already a competency named \""
                                            + existing.getName()
                                            + "\".");
                        });
    }
}
