package dev.candor.debrief.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The decision rules an opening has set; an opening without a row has {@link
 * DecisionRules#defaults()}. Vetoes and minimums are kept as lines "competency|threshold": a short
 * list read and written whole.
 */
@Entity
@Table(name = "debrief_rules")
public class OpeningRules {

    @Id
    @Column(name = "opening_id")
    private long openingId;

    @Column(nullable = false, length = 4000)
    private String vetoes;

    @Column(nullable = false, length = 4000)
    private String minimums;

    @Column(nullable = false)
    private int coverage;

    @Column(name = "min_scorecards", nullable = false)
    private int minScorecards;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected OpeningRules() {}

    public OpeningRules(long openingId, DecisionRules rules) {
        this.openingId = openingId;
        replace(rules);
    }

    /** Replaces the rules with checked ones (see {@link DecisionRules#checkedAgainst}). */
    public void replace(DecisionRules rules) {
        List<String> v = new ArrayList<>();
        rules.vetoes().forEach(x -> v.add(x.competency() + "|" + number(x.atOrBelow())));
        List<String> m = new ArrayList<>();
        rules.minimums().forEach(x -> m.add(x.competency() + "|" + number(x.min())));
        vetoes = String.join("\n", v);
        minimums = String.join("\n", m);
        coverage = rules.coverage();
        minScorecards = rules.minScorecards();
    }

    public DecisionRules rules() {
        List<DecisionRules.Veto> v = new ArrayList<>();
        for (String[] line : lines(vetoes)) {
            v.add(new DecisionRules.Veto(line[0], Double.parseDouble(line[1])));
        }
        List<DecisionRules.Minimum> m = new ArrayList<>();
        for (String[] line : lines(minimums)) {
            m.add(new DecisionRules.Minimum(line[0], Double.parseDouble(line[1])));
        }
        return new DecisionRules(v, m, coverage, minScorecards);
    }

    private static List<String[]> lines(String text) {
        List<String[]> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            int bar = line.lastIndexOf('|');
            if (bar > 0) {
                lines.add(new String[] {line.substring(0, bar), line.substring(bar + 1)});
            }
        }
        return lines;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
