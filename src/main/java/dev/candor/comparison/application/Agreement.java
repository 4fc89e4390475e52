package dev.candor.comparison.application;

/**
 * Agreement of one candidate's panel, questions as units.
 *
 * @param iccQuestions the questions every panel member scored, on which the ICCs rest
 */
public record Agreement(
        String level,
        Double icc21,
        Double icc2k,
        int iccQuestions,
        int iccRaters,
        Double alphaInterval) {

    public static final String CANDIDATE_LEVEL = "CANDIDATE_QUESTIONS_AS_UNITS";
    public static final String OPENING_LEVEL = "OPENING_CANDIDATES_AS_UNITS";
}
