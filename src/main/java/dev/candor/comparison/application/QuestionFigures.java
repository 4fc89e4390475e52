package dev.candor.comparison.application;

/** Per-question figures; standardDeviation and rwg are null with fewer than two scores. */
public record QuestionFigures(
        String question,
        String text,
        String competency,
        int n,
        double mean,
        Double standardDeviation,
        double lowest,
        double highest,
        double range,
        boolean disagreement,
        Double rwg) {}
