package dev.candor.planning.api;

import dev.candor.planning.application.InterviewView;
import java.util.List;

/** An interview; {@code warnings} only after creating or changing it (double bookings). */
public record InterviewJson(
        long id,
        long openingId,
        String openingTitle,
        long candidateId,
        String candidateName,
        String stage,
        boolean stageInPlan,
        String startsAt,
        String endsAt,
        int minutes,
        List<String> panel,
        List<String> withdrawn,
        boolean frozen,
        int scorecardsSubmitted,
        int scorecardsExpected,
        List<String> warnings) {

    static InterviewJson of(InterviewView v, List<String> warnings) {
        return new InterviewJson(
                v.id(),
                v.openingId(),
                v.openingTitle(),
                v.candidateId(),
                v.candidateName(),
                v.stage(),
                v.stageInPlan(),
                v.startsAt().toString(),
                v.endsAt().toString(),
                v.minutes(),
                v.panel(),
                v.withdrawn(),
                v.frozen(),
                v.scorecardsSubmitted(),
                v.scorecardsExpected(),
                warnings);
    }

    static InterviewJson of(InterviewView v) {
        return of(v, List.of());
    }
}
