package dev.candor.identity.domain;

/** What a person may do in Candor; one person may hold several. */
public enum Role {
    ADMIN,
    RECRUITER,
    HIRING_MANAGER,
    INTERVIEWER
}
