package dev.candor.questionbank.infrastructure.interchange;

import dev.candor.questionbank.domain.QuestionField;

/**
 * How a file format names the place of each question field, so problems point at the right cell.
 */
interface Columns {

    /**
     * @param position a probe or tag number counting from 1, or an anchor's score
     */
    String of(QuestionField field, int position);

    /** Why a competency name is unknown, in terms of what this format can do about it. */
    String unknownCompetency(String name);
}
