package dev.candor.planning.domain;

import java.util.List;

/**
 * An interview's kit: the questions it asks, each at the version and time budget its stage had when
 * they were copied. Works on the interview's own list, which the interview persists.
 */
final class InterviewKit {

    private final Interview interview;
    private final List<InterviewQuestion> questions;

    InterviewKit(Interview interview, List<InterviewQuestion> questions) {
        this.interview = interview;
        this.questions = questions;
    }

    /**
     * Copies the stage's questions again, if they differ.
     *
     * @return whether the questions changed
     */
    boolean refreshFrom(PlanStage source) {
        if (sameAs(source)) {
            return false;
        }
        questions.clear();
        copy(source);
        return true;
    }

    /** Adds the stage's questions, in its order, numbered from 1. */
    void copy(PlanStage source) {
        List<StageQuestion> planned = source.getQuestions();
        for (int i = 0; i < planned.size(); i++) {
            questions.add(
                    new InterviewQuestion(
                            interview,
                            i + 1,
                            planned.get(i).getVersion(),
                            planned.get(i).getMinutes()));
        }
    }

    private boolean sameAs(PlanStage source) {
        List<StageQuestion> planned = source.getQuestions();
        if (planned.size() != questions.size()) {
            return false;
        }
        for (int i = 0; i < planned.size(); i++) {
            if (planned.get(i).getVersion() != questions.get(i).getVersion()
                    || planned.get(i).getMinutes() != questions.get(i).getMinutes()) {
                return false;
            }
        }
        return true;
    }
}
