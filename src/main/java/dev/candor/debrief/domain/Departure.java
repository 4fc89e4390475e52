package dev.candor.debrief.domain;

/**
 * Whether a decision departs from what the panel's numbers say. The statistical combination leans
 * to hire when every rule is met and the panel score is at least the middle of the scale (3.0); a
 * hire against that, or a no-hire despite it, departs and needs its own reason. A hold never
 * departs: it decides nothing yet.
 */
public final class Departure {

    public static final double MIDPOINT = 3.0;

    private Departure() {}

    public static boolean departs(Verdict verdict, Double panelScore, boolean rulesMet) {
        boolean leansHire = rulesMet && panelScore != null && panelScore >= MIDPOINT;
        return switch (verdict) {
            case HIRE -> !leansHire;
            case NO_HIRE -> leansHire;
            case HOLD -> false;
        };
    }
}
