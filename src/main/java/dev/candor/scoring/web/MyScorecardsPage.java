package dev.candor.scoring.web;

import dev.candor.scoring.application.ScorecardSummary;
import dev.candor.scoring.application.Scorecards;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "My interviews": the caller's scorecards; and the readable scorecards of one interview. */
@Named
@RequestScoped
public class MyScorecardsPage {

    @Inject private Scorecards scorecards;

    /** The orders "My interviews" offers; by date, earliest first, unless another is chosen. */
    public enum Order {
        WHEN(Comparator.comparing(ScorecardSummary::startsAt, nullsLast())),
        WHEN_DESC(Comparator.comparing(ScorecardSummary::startsAt, nullsLast()).reversed()),
        CANDIDATE(Comparator.comparing(ScorecardSummary::candidateName, nullsLastText())),
        STATUS(
                Comparator.comparing(
                        (ScorecardSummary s) -> s.withdrawn() ? 9 : s.status().ordinal()));

        private final Comparator<ScorecardSummary> comparator;

        Order(Comparator<ScorecardSummary> comparator) {
            this.comparator =
                    comparator
                            .thenComparing(ScorecardSummary::startsAt, nullsLast())
                            .thenComparingLong(ScorecardSummary::id);
        }

        static Order of(String name) {
            for (Order order : values()) {
                if (order.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return order;
                }
            }
            return WHEN;
        }

        private static <T extends Comparable<T>> Comparator<T> nullsLast() {
            return Comparator.nullsLast(Comparator.naturalOrder());
        }

        private static Comparator<String> nullsLastText() {
            return Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
        }
    }

    private Order order = Order.WHEN;
    private List<ScorecardSummary> mine;
    private Long interviewId;
    private List<ScorecardSummary> ofInterview;

    public List<ScorecardSummary> getMine() {
        if (mine == null) {
            mine = scorecards.mine().stream().sorted(order.comparator).toList();
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

    public String getSort() {
        return order.name();
    }

    public void setSort(String sort) {
        this.order = Order.of(sort);
        this.mine = null;
    }

    /** The aria-sort value of a column header: ascending, descending or none. */
    public String ariaSort(String column) {
        if (order.name().equals(column)) {
            return "ascending";
        }
        return order == Order.WHEN_DESC && "WHEN".equals(column) ? "descending" : "none";
    }

    /** The order a click on this column's header asks for: by date it turns round. */
    public String nextSort(String column) {
        return "WHEN".equals(column) && order == Order.WHEN ? Order.WHEN_DESC.name() : column;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public void setInterviewId(Long interviewId) {
        this.interviewId = interviewId;
    }
}
