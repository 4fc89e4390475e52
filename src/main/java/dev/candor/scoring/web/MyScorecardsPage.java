package dev.candor.scoring.web;

import dev.candor.scoring.application.ScorecardSummary;
import dev.candor.scoring.application.Scorecards;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** "My interviews": the caller's scorecards; and the readable scorecards of one interview. */
@Named
@RequestScoped
public class MyScorecardsPage {

    @Inject private Scorecards scorecards;

    private List<ScorecardSummary> mine;
    private Long interviewId;
    private List<ScorecardSummary> ofInterview;

    public List<ScorecardSummary> getMine() {
        if (mine == null) {
            mine = scorecards.mine();
        }
        return mine;
    }

    /** Mine that are not submitted yet (and not withdrawn), for the home panel. */
    public List<ScorecardSummary> getOpen() {
        return getMine().stream()
                .filter(s -> !s.withdrawn() && !"SUBMITTED".equals(s.status().name()))
                .toList();
    }

    public List<ScorecardSummary> getOfInterview() {
        if (ofInterview == null) {
            try {
                ofInterview = interviewId == null ? List.of() : scorecards.ofInterview(interviewId);
            } catch (AccessDeniedException e) {
                ofInterview = List.of();
            }
        }
        return ofInterview;
    }

    public String statusText(ScorecardSummary summary) {
        if (summary.withdrawn()) {
            return Text.of("scoring.status.WITHDRAWN");
        }
        String text = Text.of("scoring.status." + summary.status().name());
        return summary.amended()
                ? text + " · " + Text.of("scoring.amended").toLowerCase(Locale.ROOT)
                : text;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public void setInterviewId(Long interviewId) {
        this.interviewId = interviewId;
    }
}
