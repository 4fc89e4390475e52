package dev.candor.planning.application;

/**
 * What saving a plan did to scheduled interviews: how many now ask the new questions, and how many
 * keep their frozen copy because scoring had started.
 */
public record PlanSaved(PlanView plan, int interviewsRefreshed, int interviewsKeptFrozen) {}
