package dev.candor.questionbank.web;

import dev.candor.questionbank.application.BankAccess;
import dev.candor.questionbank.application.CompetencyCatalog;
import dev.candor.questionbank.application.CompetencyCount;
import dev.candor.questionbank.application.Export;
import dev.candor.questionbank.application.ImportRefusedException;
import dev.candor.questionbank.application.QuestionBank;
import dev.candor.questionbank.application.QuestionFiles;
import dev.candor.questionbank.application.QuestionFilter;
import dev.candor.questionbank.application.QuestionImportOutcome;
import dev.candor.questionbank.application.QuestionSort;
import dev.candor.questionbank.application.QuestionSummary;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The bank list: filters, a page of questions read from the database, counts, import and export.
 */
@Named
@ViewScoped
public class BankPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, QuestionSort.Field> SORTABLE =
            Map.of(
                    "id",
                    QuestionSort.Field.ID,
                    "text",
                    QuestionSort.Field.TEXT,
                    "competency",
                    QuestionSort.Field.COMPETENCY,
                    "kind",
                    QuestionSort.Field.KIND,
                    "status",
                    QuestionSort.Field.STATUS,
                    "version",
                    QuestionSort.Field.VERSION,
                    "changedAt",
                    QuestionSort.Field.CHANGED);

    @Inject private QuestionBank bank;

    @Inject private QuestionFiles files;

    @Inject private CompetencyCatalog competencies;

    @Inject private BankAccess access;

    private Long competencyId;
    private QuestionKind kind;
    private QuestionStatus status;
    private String tag;
    private String search;
    private transient UploadedFile file;
    private List<String> importProblems = List.of();
    private transient List<CompetencyCount> counts;
    private final Questions questions = new Questions();

    /** Pages, sorts and counts in the database; only one page of rows is ever loaded. */
    public class Questions extends LazyDataModel<QuestionSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, bank.count(getFilter()));
        }

        @Override
        public List<QuestionSummary> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            QuestionSort sort =
                    sortBy.values().stream()
                            .findFirst()
                            .filter(
                                    meta ->
                                            SORTABLE.containsKey(meta.getField())
                                                    && meta.getOrder() != SortOrder.UNSORTED)
                            .map(
                                    meta ->
                                            new QuestionSort(
                                                    SORTABLE.get(meta.getField()),
                                                    meta.getOrder() == SortOrder.ASCENDING))
                            .orElse(QuestionSort.DEFAULT);
            return bank.search(getFilter(), sort, first, pageSize);
        }

        @Override
        public String getRowKey(QuestionSummary row) {
            return String.valueOf(row.id());
        }

        @Override
        public QuestionSummary getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(row -> String.valueOf(row.id()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    public QuestionFilter getFilter() {
        return new QuestionFilter(competencyId, kind, status, tag, search);
    }

    /** New filters start again from the first page. */
    public void applyFilters() {
        UIComponent table =
                FacesContext.getCurrentInstance().getViewRoot().findComponent("list:questions");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        applyFilters();
        competencyId = null;
        kind = null;
        status = null;
        tag = null;
        search = null;
    }

    public void showCompetency(Long id) {
        applyFilters();
        competencyId = id;
    }

    public long getMatchCount() {
        return bank.count(getFilter());
    }

    public List<CompetencyCount> getCounts() {
        if (counts == null) {
            counts = competencies.counts();
        }
        return counts;
    }

    public long getTotal() {
        return getCounts().stream().mapToLong(CompetencyCount::questions).sum();
    }

    public void importFile() {
        importProblems = List.of();
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            Text.error("bank.import.noFile");
            return;
        }
        try {
            QuestionImportOutcome outcome = files.importFile(file.getFileName(), file.getContent());
            counts = null;
            if (outcome.newCompetencies().isEmpty()) {
                Text.info("bank.import.done", outcome.questions());
            } else {
                Text.info(
                        "bank.import.doneWithCompetencies",
                        outcome.questions(),
                        String.join(", ", outcome.newCompetencies()));
            }
        } catch (ImportRefusedException refused) {
            importProblems = refused.messages();
            Text.error("bank.import.refused", refused.problems().size());
        } catch (AccessDeniedException denied) {
            Text.errorAt(null, denied.getMessage());
        } finally {
            file = null;
        }
    }

    public StreamedContent getCsv() {
        return download("csv");
    }

    public StreamedContent getJson() {
        return download("json");
    }

    private StreamedContent download(String format) {
        Export export = files.export(getFilter(), format);
        byte[] content = export.content();
        return DefaultStreamedContent.builder()
                .name(export.fileName())
                .contentType(export.mediaType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public boolean isEditor() {
        return access.canEdit();
    }

    public List<QuestionKind> getKinds() {
        return List.of(QuestionKind.values());
    }

    public List<QuestionStatus> getStatuses() {
        return isEditor() ? List.of(QuestionStatus.values()) : List.of(QuestionStatus.ACTIVE);
    }

    public Questions getQuestions() {
        return questions;
    }

    public List<String> getImportProblems() {
        return importProblems;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public void setCompetencyId(Long competencyId) {
        this.competencyId = competencyId;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public void setStatus(QuestionStatus status) {
        this.status = status;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
