package dev.candor.debrief.domain;

/** What the hiring manager decides. */
public enum Verdict {
    HIRE,
    NO_HIRE,
    HOLD
}
