package dev.candor.notification.web;

import dev.candor.identity.application.Caller;
import dev.candor.notification.application.WaitingScorecards;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The banner on every page for an interviewer who owes scorecards: "2 scorecards waiting — Ana
 * Silva, ended 3 h ago". Read once per request.
 */
@Named
@RequestScoped
public class ScorecardBanner {

    /** At most this many are named; the link leads to the full list. */
    static final int NAMED = 3;

    /** One scorecard named in the banner. */
    public record Item(long scorecardId, String text) {}

    @Inject private Caller caller;

    @Inject private WaitingScorecards waiting;

    @Inject private Clock clock;

    private List<WaitingScorecards.Waiting> owed;

    private List<WaitingScorecards.Waiting> owed() {
        if (owed == null) {
            owed = caller.username().map(waiting::of).orElse(List.of());
        }
        return owed;
    }

    public boolean isShown() {
        return !owed().isEmpty();
    }

    public String getHeadline() {
        return Text.of("notification.banner.count", owed().size());
    }

    /** Most recently ended first: the one the interviewer still remembers best. */
    public List<Item> getItems() {
        List<WaitingScorecards.Waiting> latestFirst = new ArrayList<>(owed());
        Collections.reverse(latestFirst);
        return latestFirst.stream()
                .limit(NAMED)
                .map(
                        w ->
                                new Item(
                                        w.scorecardId(),
                                        Text.of(
                                                "notification.banner.item",
                                                w.candidateName(),
                                                ElapsedTime.text(
                                                        Duration.between(
                                                                w.endedAt(), clock.instant())))))
                .toList();
    }

    public boolean isMore() {
        return owed().size() > NAMED;
    }
}
