package dev.candor.comparison.application;

/** The interviewers' overall recommendations, counted per submitted scorecard. */
public record Tally(int strongNo, int no, int yes, int strongYes) {

    public static final Tally NONE = new Tally(0, 0, 0, 0);

    public int total() {
        return strongNo + no + yes + strongYes;
    }

    Tally plus(String recommendation) {
        if (recommendation == null) {
            return this;
        }
        return switch (recommendation) {
            case "STRONG_NO" -> new Tally(strongNo + 1, no, yes, strongYes);
            case "NO" -> new Tally(strongNo, no + 1, yes, strongYes);
            case "YES" -> new Tally(strongNo, no, yes + 1, strongYes);
            case "STRONG_YES" -> new Tally(strongNo, no, yes, strongYes + 1);
            default -> this;
        };
    }
}
