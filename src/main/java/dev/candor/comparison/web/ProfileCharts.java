package dev.candor.comparison.web;

import dev.candor.comparison.application.CandidateReport;
import dev.candor.comparison.application.CompetencyFigures;
import dev.candor.comparison.application.Interviewer;
import dev.candor.shared.infrastructure.web.Text;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearTicks;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;
import org.primefaces.model.charts.optionconfig.legend.Legend;

/**
 * The competency profile: one group of bars per competency, the panel mean and each interviewer.
 */
final class ProfileCharts {

    private static final String[] COLOURS = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"
    };

    private ProfileCharts() {}

    static BarChartModel of(CandidateReport report) {
        BarChartModel model = new BarChartModel();
        ChartData data = new ChartData();
        List<String> labels = new ArrayList<>();
        List<Object> means = new ArrayList<>();
        for (CompetencyFigures competency : report.competencies()) {
            labels.add(competency.competency());
            means.add(round(competency.mean()));
        }
        BarChartDataSet panel = new BarChartDataSet();
        panel.setLabel(Text.of("comparison.panelMean"));
        panel.setData(means);
        panel.setBackgroundColor("#777777");
        data.addChartDataSet(panel);
        int i = 0;
        for (Interviewer interviewer : report.interviewers()) {
            List<Object> values = new ArrayList<>();
            for (CompetencyFigures competency : report.competencies()) {
                Double score = competency.byInterviewer().get(interviewer.username());
                values.add(score == null ? null : round(score));
            }
            BarChartDataSet set = new BarChartDataSet();
            set.setLabel(interviewer.displayName());
            set.setData(values);
            set.setBackgroundColor(COLOURS[i++ % COLOURS.length]);
            data.addChartDataSet(set);
        }
        data.setLabels(labels);
        model.setData(data);

        BarChartOptions options = new BarChartOptions();
        options.setIndexAxis("y");
        CartesianScales scales = new CartesianScales();
        CartesianLinearAxes axis = new CartesianLinearAxes();
        axis.setMin(0);
        axis.setMax(5);
        CartesianLinearTicks ticks = new CartesianLinearTicks();
        ticks.setStepSize(1);
        axis.setTicks(ticks);
        scales.addXAxesData(axis);
        options.setScales(scales);
        Legend legend = new Legend();
        legend.setDisplay(true);
        legend.setPosition("bottom");
        options.setLegend(legend);
        options.setMaintainAspectRatio(false);
        model.setOptions(options);
        return model;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
