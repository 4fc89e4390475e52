package dev.candor.comparison.web;

import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.Comparisons;
import dev.candor.comparison.application.OpeningComparison;
import dev.candor.comparison.application.RankedCandidate;
import dev.candor.comparison.application.ReportAssembly.Filter;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.NotFoundException;
import dev.candor.shared.infrastructure.web.PageLoading;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.charts.bar.BarChartModel;

/**
 * The opening comparison page: ranking, filters, the leniency toggle, leniency, opening alpha, side
 * by side.
 */
@Named
@ViewScoped
public class OpeningComparisonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Comparisons comparisons;

    private Long id;
    private boolean adjusted;
    private String status;
    private String stage;
    private transient OpeningComparison comparison;
    private List<Long> selected = new ArrayList<>();
    private transient List<CandidateReport> sideBySide = List.of();
    private transient List<BarChartModel> sideBySideCharts = List.of();

    public void load() {
        if (id == null) {
            PageLoading.load(
                    () -> {
                        throw new NotFoundException("No opening given.");
                    });
            return;
        }
        comparison =
                PageLoading.load(
                        () ->
                                comparisons.openingComparison(
                                        id, adjusted, new Filter(status, stage)));
    }

    /** Re-reads after the filters or the toggle changed. */
    public void refresh() {
        comparison = comparisons.openingComparison(id, adjusted, new Filter(status, stage));
    }

    public void compareSelected() {
        if (selected == null || selected.size() < 2 || selected.size() > 4) {
            Text.error("comparison.sideBySideChoose");
            sideBySide = List.of();
            sideBySideCharts = List.of();
            return;
        }
        List<CandidateReport> reports = new ArrayList<>();
        List<BarChartModel> charts = new ArrayList<>();
        for (Long candidate : selected) {
            try {
                CandidateReport report = comparisons.candidateReport(candidate);
                reports.add(report);
                charts.add(ProfileCharts.of(report));
            } catch (AccessDeniedException | NotFoundException e) {
                Text.errorAt(null, e.getMessage());
            }
        }
        sideBySide = reports;
        sideBySideCharts = charts;
    }

    public String getApiBase() {
        return "/api/v1/openings/" + id + "/comparison";
    }

    /** The export query: the current toggle and filters. */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder("?adjusted=").append(adjusted);
        if (status != null && !status.isBlank()) {
            query.append("&status=").append(status);
        }
        if (stage != null && !stage.isBlank()) {
            query.append("&stage=")
                    .append(
                            java.net.URLEncoder.encode(
                                    stage, java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public int columnsPerCandidate() {
        return sideBySide.isEmpty() ? 1 : sideBySide.size();
    }

    public List<RankedCandidate> getCandidates() {
        return comparison == null ? List.of() : comparison.candidates();
    }

    public OpeningComparison getComparison() {
        return comparison;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isAdjusted() {
        return adjusted;
    }

    public void setAdjusted(boolean adjusted) {
        this.adjusted = adjusted;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getSelection() {
        return selected == null
                ? ""
                : String.join(",", selected.stream().map(String::valueOf).toList());
    }

    /** The ids of the ticked candidates, comma-separated, as the page's script collects them. */
    public void setSelection(String selection) {
        List<Long> ids = new ArrayList<>();
        if (selection != null) {
            for (String part : selection.split(",")) {
                if (part.strip().matches("\\d{1,18}")) {
                    ids.add(Long.parseLong(part.strip()));
                }
            }
        }
        selected = ids;
    }

    public List<Long> getSelected() {
        return selected;
    }

    public void setSelected(List<Long> selected) {
        this.selected = selected;
    }

    public List<CandidateReport> getSideBySide() {
        return sideBySide == null ? List.of() : sideBySide;
    }

    public List<BarChartModel> getSideBySideCharts() {
        return sideBySideCharts == null ? List.of() : sideBySideCharts;
    }
}
