package dev.candor.planning.application;

import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.QuestionVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** The active questions of the bank a plan author can pick from, with the bank's filters. */
@ApplicationScoped
@Transactional
public class QuestionPicker {

    @PersistenceContext private EntityManager em;

    @Inject private PlanningAccess access;

    public record Pickable(
            long questionId,
            int version,
            String text,
            String competency,
            String kind,
            List<String> tags)
            implements java.io.Serializable {}

    /**
     * Any filter may be null or blank; text and tag match case-insensitively, text anywhere in the
     * question.
     */
    public List<Pickable> search(String text, Long competencyId, QuestionKind kind, String tag) {
        access.requireOpeningRole();
        boolean byText = text != null && !text.isBlank();
        boolean byTag = tag != null && !tag.isBlank();
        StringBuilder jpql =
                new StringBuilder(
                        "select distinct q from Question q join q.versions v"
                                + " where v.number = q.currentVersion and q.status = :active");
        if (byText) {
            jpql.append(" and lower(v.text) like :text");
        }
        if (competencyId != null) {
            jpql.append(" and v.competency.id = :competency");
        }
        if (kind != null) {
            jpql.append(" and v.kind = :kind");
        }
        TypedQuery<Question> query =
                em.createQuery(jpql.toString(), Question.class)
                        .setParameter("active", QuestionStatus.ACTIVE);
        if (byText) {
            query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (competencyId != null) {
            query.setParameter("competency", competencyId);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        String wantedTag = byTag ? tag.strip().toLowerCase(Locale.ROOT) : null;
        // Tags are an element collection, which EclipseLink's JPQL cannot compare
        // case-insensitively.
        return query.getResultStream()
                .map(QuestionPicker::pickable)
                .filter(
                        p ->
                                wantedTag == null
                                        || p.tags().stream()
                                                .anyMatch(
                                                        t ->
                                                                t.toLowerCase(Locale.ROOT)
                                                                        .equals(wantedTag)))
                .sorted(
                        (a, b) ->
                                a.competency().equals(b.competency())
                                        ? a.text().compareTo(b.text())
                                        : a.competency().compareTo(b.competency()))
                .toList();
    }

    public List<Competency> competencies() {
        access.requireOpeningRole();
        return em.createQuery(
                        "select c from Competency c where c.active = true order by c.name",
                        Competency.class)
                .getResultList();
    }

    private static Pickable pickable(Question question) {
        QuestionVersion version = question.getCurrentVersion();
        return new Pickable(
                question.getId(),
                version.getNumber(),
                version.getText(),
                version.getCompetency().getName(),
                version.getKind().name(),
                version.getTags());
    }
}
