package dev.candor.comparison.web;

import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.Comparisons;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.NotFoundException;
import dev.candor.shared.infrastructure.web.PageLoading;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.charts.bar.BarChartModel;

/**
 * A candidate's debrief report page. An interviewer who has not submitted yet is told why they see
 * nothing.
 */
@Named
@ViewScoped
public class CandidateReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Comparisons comparisons;

    private Long id;
    private transient CandidateReport report;
    private transient BarChartModel chart;
    private String denied;

    public void load() {
        if (id == null) {
            PageLoading.load(
                    () -> {
                        throw new NotFoundException("No candidate given.");
                    });
            return;
        }
        try {
            report = comparisons.candidateReport(id);
        } catch (AccessDeniedException e) {
            denied = e.getMessage();
        } catch (NotFoundException e) {
            PageLoading.load(
                    () -> {
                        throw e;
                    });
        }
        if (report != null) {
            chart = ProfileCharts.of(report);
        }
    }

    public CandidateReport getReport() {
        return report;
    }

    public BarChartModel getChart() {
        return chart;
    }

    public String getDenied() {
        return denied;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
