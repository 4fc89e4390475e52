package dev.candor.questionbank.domain;

/** The parts of a question a person fills in, so problems can point at the one to fix. */
public enum QuestionField {
    TEXT,
    KIND,
    COMPETENCY,
    GUIDANCE,
    PROBES,
    PROBE,
    ANCHORS,
    ANCHOR_LABEL,
    ANCHOR_DESCRIPTION,
    TAGS,
    TAG,
    STATUS,
    SOURCE_FILE,
    SOURCE_IDEA
}
