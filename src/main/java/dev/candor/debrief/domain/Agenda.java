package dev.candor.debrief.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The order a debrief goes through the questions: the widest disagreement first (range of scores,
 * then r<sub>wg</sub>, lowest agreement first; a question without r<sub>wg</sub> after those with
 * one), and the questions everyone agreed on grouped at the end.
 */
public final class Agenda {

    private static final Comparator<AgendaItem> ORDER =
            Comparator.comparing(AgendaItem::agreed)
                    .thenComparing(Comparator.comparingDouble(AgendaItem::range).reversed())
                    .thenComparing(AgendaItem::rwg, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(AgendaItem::competency)
                    .thenComparing(AgendaItem::key);

    private Agenda() {}

    public static List<AgendaItem> order(List<AgendaItem> items) {
        return items.stream().sorted(ORDER).toList();
    }
}
