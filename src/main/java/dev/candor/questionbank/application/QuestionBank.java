package dev.candor.questionbank.application;

import dev.candor.questionbank.domain.Change;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionContent;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.QuestionVersion;
import dev.candor.questionbank.domain.VersionComparison;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import dev.candor.shared.domain.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The question bank as people use it: list and search, write and revise questions, import and
 * export. Recruiters and administrators edit; hiring managers and interviewers read active
 * questions only.
 */
@ApplicationScoped
@Transactional
public class QuestionBank {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext private EntityManager em;

    @Inject private BankAccess access;

    @Inject private CompetencyCatalog competencies;

    @Inject private QuestionUsage usage;

    @Inject private Clock clock;

    // ---- reading
    // ----------------------------------------------------------------------------------------

    /** One page of the current versions that match, counted and paged in the database. */
    public List<QuestionSummary> search(
            QuestionFilter filter, QuestionSort sort, int first, int max) {
        QuestionFilter visible = visible(filter);
        TypedQuery<QuestionVersion> query =
                em.createQuery(
                        "select v"
                                + QuestionQuery.from(visible)
                                + (sort == null ? QuestionSort.DEFAULT : sort).orderBy(),
                        QuestionVersion.class);
        QuestionQuery.bind(query, visible);
        query.setFirstResult(Math.max(0, first));
        query.setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE)));
        query.setHint("eclipselink.join-fetch", "v.question");
        query.setHint("eclipselink.batch", "v.tags");
        query.setHint("eclipselink.batch.type", "IN");
        return query.getResultList().stream().map(QuestionSummary::of).toList();
    }

    public long count(QuestionFilter filter) {
        QuestionFilter visible = visible(filter);
        TypedQuery<Long> query =
                em.createQuery("select count(v)" + QuestionQuery.from(visible), Long.class);
        QuestionQuery.bind(query, visible);
        return query.getSingleResult();
    }

    /** Counts by status for the home page; readers only count active questions. */
    public Map<QuestionStatus, Long> countsByStatus() {
        access.requireReader();
        Map<QuestionStatus, Long> counts = new LinkedHashMap<>();
        Arrays.stream(QuestionStatus.values()).forEach(status -> counts.put(status, 0L));
        em.createQuery(
                        "select q.status, count(q) from Question q group by q.status",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((QuestionStatus) row[0], (Long) row[1]));
        if (!access.canEdit()) {
            counts.put(QuestionStatus.DRAFT, 0L);
            counts.put(QuestionStatus.RETIRED, 0L);
        }
        return counts;
    }

    /** A question the caller may see; readers who are not editors only see active ones. */
    public Question get(long id) {
        access.requireReader();
        Question question = em.find(Question.class, id);
        if (question == null || (!question.isActive() && !access.canEdit())) {
            throw new NotFoundException("There is no question " + id + ".");
        }
        return question;
    }

    public QuestionVersion version(long id, int number) {
        return get(id).version(number)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        "Question " + id + " has no version " + number + "."));
    }

    public VersionComparison compare(long id, int older, int newer) {
        Question question = get(id);
        version(id, older);
        version(id, newer);
        return question.compare(Math.min(older, newer), Math.max(older, newer));
    }

    public boolean isInUse(long id) {
        get(id);
        return usage.isInUse(id);
    }

    public List<String> usedBy(long id) {
        get(id);
        return usage.usedBy(id);
    }

    // ---- writing
    // ----------------------------------------------------------------------------------------

    public Question create(QuestionInput input) {
        String author = access.requireEditor();
        requireInput(input);
        QuestionContent content = QuestionForm.content(input, null, competencies);
        Question question =
                QuestionEditing.create(
                        content,
                        status(input.status()),
                        change(author, input.changeNote(), "Written"));
        em.persist(question);
        em.flush();
        return question;
    }

    /** Amends an unused draft in place; anything else that changes becomes a new version. */
    public Question update(long id, QuestionInput input) {
        return update(id, input, null);
    }

    /**
     * As {@link #update(long, QuestionInput)}, only while the question is still at expectedVersion
     * (null: whatever it is at).
     */
    public Question update(long id, QuestionInput input, Long expectedVersion) {
        String author = access.requireEditor();
        requireInput(input);
        Question question = get(id);
        if (expectedVersion != null && expectedVersion != question.getEntityVersion()) {
            throw new StaleVersionException(
                    "Question "
                            + id
                            + " was changed by someone else since you read it; read it again,"
                            + " then make your change on what is there now.",
                    question.getEntityVersion());
        }
        QuestionContent content = QuestionForm.content(input, question, competencies);
        QuestionEditing.apply(
                question,
                content,
                status(input.status()),
                change(author, input.changeNote(), ""),
                usage.isInUse(id));
        // A draft is edited in its version row, which leaves the question's own columns as they
        // were: without the forced increment its entity version (the ETag) would not move.
        em.lock(question, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return question;
    }

    public Question changeStatus(long id, QuestionStatus status) {
        String author = access.requireEditor();
        Question question = get(id);
        QuestionEditing.apply(
                question,
                question.getCurrentVersion().content(),
                status,
                change(author, null, ""),
                false);
        return question;
    }

    // ---- helpers
    // ----------------------------------------------------------------------------------------

    private QuestionFilter visible(QuestionFilter filter) {
        return QuestionQuery.visible(filter, access);
    }

    private void requireInput(QuestionInput input) {
        if (input == null) {
            throw new InvalidInputException(
                    "body", "A question needs its text, kind and competency.");
        }
    }

    private static QuestionStatus status(String value) {
        return value == null || value.isBlank()
                ? null
                : QuestionStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    private Change change(String author, String note, String fallback) {
        String text = note == null || note.isBlank() ? fallback : note;
        Optional<String> problem = Change.NOTE.problemWith(text);
        if (problem.isPresent()) {
            throw new InvalidInputException("changeNote", QuestionEditing.sentence(problem.get()));
        }
        return new Change(author, clock.instant(), text);
    }
}
