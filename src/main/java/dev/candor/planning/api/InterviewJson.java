package dev.candor.planning.api;

import dev.candor.planning.application.InterviewView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An interview; {@code warnings} only after creating or changing it (double bookings). {@code
 * startsAt} is UTC; {@code localStartsAt} the same moment in the caller's {@code timeZone}.
 */
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
        String timeZone,
        String localStartsAt,
        String candidateTimeZone,
        List<String> warnings) {

    static InterviewJson of(InterviewView v, ZoneId zone, List<String> warnings) {
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
                zone.getId(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v.startsAt().atZone(zone)),
                v.candidateTimeZone(),
                warnings);
    }

    static InterviewJson of(InterviewView v, ZoneId zone) {
        return of(v, zone, List.of());
    }
}
