package dev.candor.questionbank.application;

import dev.candor.questionbank.domain.QuestionStatus;
import jakarta.persistence.TypedQuery;
import java.util.Locale;

/**
 * A search of the bank as JPQL: the current versions that match a filter, with the filter's values
 * bound as parameters. Shared by the list, its count and the export.
 */
final class QuestionQuery {

    private QuestionQuery() {}

    /** The filter as the caller may apply it: readers who are not editors see active only. */
    static QuestionFilter visible(QuestionFilter filter, BankAccess access) {
        access.requireReader();
        QuestionFilter given = filter == null ? QuestionFilter.ALL : filter;
        return access.canEdit() ? given : given.withStatus(QuestionStatus.ACTIVE);
    }

    static String from(QuestionFilter filter) {
        StringBuilder jpql =
                new StringBuilder(
                        " from QuestionVersion v join v.question q join q.competency c"
                                + " where v.number = q.currentVersion");
        if (filter.competencyId() != null) {
            jpql.append(" and c.id = :competency");
        }
        if (filter.kind() != null) {
            jpql.append(" and v.kind = :kind");
        }
        if (filter.status() != null) {
            jpql.append(" and q.status = :status");
        }
        if (filter.tag() != null) {
            jpql.append(
                    " and exists (select tv.id from QuestionVersion tv join tv.tags t"
                            + " where tv.id = v.id and FUNCTION('LOWER', t) = :tag)");
        }
        if (filter.search() != null) {
            jpql.append(
                    " and (lower(v.text) like :search escape '!' or lower(v.guidance) like :search escape '!')");
        }
        return jpql.toString();
    }

    static void bind(TypedQuery<?> query, QuestionFilter filter) {
        if (filter.competencyId() != null) {
            query.setParameter("competency", filter.competencyId());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.tag() != null) {
            query.setParameter("tag", filter.tag().toLowerCase(Locale.ROOT));
        }
        if (filter.search() != null) {
            query.setParameter("search", likePattern(filter.search()));
        }
    }

    static String likePattern(String words) {
        String escaped =
                words.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
