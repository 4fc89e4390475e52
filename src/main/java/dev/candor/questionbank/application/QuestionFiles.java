package dev.candor.questionbank.application;

import dev.candor.questionbank.domain.Change;
import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionKey;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.infrastructure.interchange.ImportBatch;
import dev.candor.questionbank.infrastructure.interchange.ImportContext;
import dev.candor.questionbank.infrastructure.interchange.ImportProblem;
import dev.candor.questionbank.infrastructure.interchange.ImportReport;
import dev.candor.questionbank.infrastructure.interchange.ImportedQuestion;
import dev.candor.questionbank.infrastructure.interchange.QuestionFormat;
import dev.candor.shared.domain.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The question bank's files: importing a whole file of questions (all or nothing) and exporting the
 * questions that match a filter. Recruiters and administrators import; every reader exports what
 * they may see.
 */
@ApplicationScoped
@Transactional
public class QuestionFiles {

    @PersistenceContext private EntityManager em;

    @Inject private BankAccess access;

    @Inject private Clock clock;

    /**
     * Imports a whole file, all or nothing; the format comes from the file name (.csv or .json).
     */
    public QuestionImportOutcome importFile(String fileName, byte[] file) {
        access.requireEditor();
        QuestionFormat format =
                QuestionFormat.forFileName(fileName)
                        .orElseThrow(
                                () ->
                                        new ImportRefusedException(
                                                List.of(
                                                        new ImportProblem(
                                                                null,
                                                                null,
                                                                "Candor imports .csv and .json files; \""
                                                                        + (fileName == null
                                                                                ? ""
                                                                                : fileName.strip())
                                                                        + "\" is neither."))));
        return importFile(format, file, fileName);
    }

    public QuestionImportOutcome importFile(QuestionFormat format, byte[] file, String sourceName) {
        String author = access.requireEditor();
        return store(
                format.read(file, context()),
                new Change(
                        author,
                        clock.instant(),
                        "Imported from "
                                + abbreviate(
                                        sourceName == null ? "an upload" : sourceName.strip(),
                                        400)));
    }

    /** For the starter library and other imports Candor makes itself: no caller check. */
    QuestionImportOutcome store(ImportReport report, Change change) {
        if (!report.isAccepted()) {
            throw new ImportRefusedException(report.getProblems());
        }
        ImportBatch batch = report.getBatch();
        batch.newCompetencies().forEach(em::persist);
        for (ImportedQuestion imported : batch.questions()) {
            em.persist(imported.toQuestion(change));
        }
        em.flush();
        return new QuestionImportOutcome(
                batch.questions().size(),
                batch.newCompetencies().stream().map(Competency::getName).toList());
    }

    long totalQuestions() {
        return em.createQuery("select count(q) from Question q", Long.class).getSingleResult();
    }

    /** What an import is checked against, read without loading every question. */
    ImportContext context() {
        List<Competency> all =
                em.createQuery("select c from Competency c", Competency.class).getResultList();
        Set<QuestionKey> active =
                em.createQuery(
                                "select v.text, c.name from QuestionVersion v join v.question q"
                                        + " join q.competency c where v.number = q.currentVersion and q.status = :active",
                                Object[].class)
                        .setParameter("active", QuestionStatus.ACTIVE)
                        .getResultStream()
                        .map(row -> new QuestionKey((String) row[0], (String) row[1]))
                        .collect(Collectors.toSet());
        return new ImportContext(all, active);
    }

    /**
     * The questions that match, in the format asked for ("csv" or "json"), named
     * candor-questions-DATE.ext.
     */
    public Export export(QuestionFilter filter, String formatName) {
        access.requireReader();
        String wanted =
                formatName == null || formatName.isBlank()
                        ? "csv"
                        : formatName.strip().toLowerCase(Locale.ROOT);
        QuestionFormat format =
                QuestionFormat.all().stream()
                        .filter(f -> f.fileExtension().equals(wanted))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "format",
                                                "The format \""
                                                        + formatName
                                                        + "\" is not one Candor writes; use csv or json."));
        QuestionFilter visible = QuestionQuery.visible(filter, access);
        TypedQuery<Question> query =
                em.createQuery(
                        "select q from Question q where q.id in (select v.question.id"
                                + QuestionQuery.from(visible)
                                + ") order by q.id",
                        Question.class);
        QuestionQuery.bind(query, visible);
        query.setHint("eclipselink.batch", "q.versions");
        query.setHint("eclipselink.batch.type", "IN");
        List<Question> questions = query.getResultList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(questions, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new Export(
                exportFileName(LocalDate.now(clock.withZone(ZoneId.systemDefault())), format),
                format.mediaType(),
                out.toByteArray());
    }

    static String exportFileName(LocalDate day, QuestionFormat format) {
        return "candor-questions-" + day + "." + format.fileExtension();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
