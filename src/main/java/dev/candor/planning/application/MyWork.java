package dev.candor.planning.application;

import java.util.List;

/** The interviewer's home page lists. {@code toScore}: ended, not submitted, not yet overdue. */
public record MyWork(
        List<InterviewView> upcoming, List<InterviewView> toScore, List<InterviewView> overdue) {}
