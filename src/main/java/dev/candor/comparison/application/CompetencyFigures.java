package dev.candor.comparison.application;

import java.util.Map;

/** A competency's panel mean, interval, and each interviewer's own mean (for the profile chart). */
public record CompetencyFigures(
        String competency,
        double mean,
        Interval interval,
        double lowest,
        double highest,
        Map<String, Double> byInterviewer) {}
