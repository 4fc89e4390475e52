package dev.candor.planning.application;

import dev.candor.planning.domain.Interview;
import dev.candor.planning.domain.PanelMember;
import java.time.Instant;
import java.util.List;

/**
 * An interview as lists and the API show it. {@code panel} holds the active members; {@code
 * withdrawn} those removed after they had started scoring, who keep their scorecard; {@code
 * candidateTimeZone} is null when nobody entered the candidate's zone.
 */
public record InterviewView(
        long id,
        long openingId,
        String openingTitle,
        long candidateId,
        String candidateName,
        String stage,
        boolean stageInPlan,
        Instant startsAt,
        Instant endsAt,
        int minutes,
        List<String> panel,
        List<String> withdrawn,
        boolean frozen,
        int scorecardsSubmitted,
        int scorecardsExpected,
        String candidateTimeZone)
        implements java.io.Serializable {

    static InterviewView of(Interview interview, ScoringProgress.Progress progress) {
        List<String> active = interview.getActivePanel();
        ScoringProgress.Progress shown =
                progress == null || progress.expected() == 0
                        ? new ScoringProgress.Progress(
                                progress == null ? 0 : progress.submitted(), active.size())
                        : progress;
        return new InterviewView(
                interview.getId(),
                interview.getOpening().getId(),
                interview.getOpening().getTitle(),
                interview.getCandidate().getId(),
                interview.getCandidate().getName(),
                interview.getStageName(),
                interview.getStage().isPresent(),
                interview.getStartsAt(),
                interview.endsAt(),
                interview.getMinutes(),
                active,
                interview.getPanel().stream()
                        .filter(PanelMember::isWithdrawn)
                        .map(PanelMember::getUsername)
                        .toList(),
                interview.isFrozen(),
                shown.submitted(),
                shown.expected(),
                interview.getCandidate().getTimeZone());
    }
}
