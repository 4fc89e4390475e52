package dev.candor.debrief.domain;

/** The data-quality problems a scorecard can show. None blocks anything; all are shown. */
public enum FlagKind {
    LATE_SUBMISSION,
    RECOMMENDATION_INCONSISTENT,
    COPIED_NOTES,
    THIN_EVIDENCE,
    NO_DIFFERENTIATION,
    NON_JOB_RELATED_LANGUAGE
}
