package dev.candor.comparison.domain;

import java.util.OptionalDouble;

/**
 * How far a candidate's interviewers agreed, with questions as targets and interviewers as raters.
 *
 * @param intraclassCorrelation over the questions every interviewer scored; Candor shows ICC(2,1)
 *     and ICC(2,k)
 * @param alpha Krippendorff's alpha (interval metric) over every question at least two scored
 */
public record PanelAgreement(IntraclassCorrelation intraclassCorrelation, OptionalDouble alpha) {}
