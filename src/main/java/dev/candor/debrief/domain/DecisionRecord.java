package dev.candor.debrief.domain;

import dev.candor.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hiring manager's decision on a candidate, with its reasons. Immutable once recorded: it has
 * no setters, and a reversal is a new record that names the one it replaces.
 */
@Entity
@Table(name = "debrief_decision")
public class DecisionRecord {

    public static final int MAX_TEXT = 4000;
    private static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Verdict decision;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String rationale;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String competencies;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String present;

    @Column(nullable = false, updatable = false)
    private boolean departs;

    @Column(name = "departure_reason", length = MAX_TEXT, updatable = false)
    private String departureReason;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "replaces_id", updatable = false)
    private Long replaces;

    protected DecisionRecord() {}

    /** What the hiring manager submits. */
    public record Request(
            String decision,
            String rationale,
            List<String> competencies,
            List<String> present,
            String departureReason) {}

    /**
     * Records a decision, or refuses (422) listing everything missing: the decision, a rationale
     * naming at least one of the candidate's competencies as evidence, who was present, and a
     * reason when the decision departs from the panel's numbers and rules.
     *
     * @param departsIf whether each verdict would depart (see {@link Departure})
     */
    public static DecisionRecord record(
            long candidateId,
            Request request,
            Collection<String> knownCompetencies,
            java.util.function.Predicate<Verdict> departsIf,
            Long replaces,
            String recordedBy,
            Instant at) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Verdict> verdict = verdict(request.decision());
        if (verdict.isEmpty()) {
            problems.put("decision", "Choose HIRE, NO_HIRE or HOLD.");
        }
        String rationale = strip(request.rationale());
        if (rationale == null) {
            problems.put("rationale", "Write the rationale: the evidence the decision rests on.");
        } else if (rationale.length() > MAX_TEXT) {
            problems.put("rationale", "Keep the rationale to " + MAX_TEXT + " characters.");
        }
        List<String> cited = named(request.competencies(), knownCompetencies);
        if (cited.isEmpty()) {
            problems.put(
                    "competencies",
                    "Name at least one of the candidate's competencies as evidence: "
                            + String.join(", ", knownCompetencies)
                            + ".");
        }
        List<String> present = clean(request.present());
        if (present.isEmpty()) {
            problems.put("present", "Say who was present at the debrief.");
        }
        boolean departs = verdict.map(departsIf::test).orElse(false);
        String departureReason = strip(request.departureReason());
        if (departs && departureReason == null) {
            problems.put(
                    "departureReason",
                    "This decision departs from the panel's scores and the rules: say why.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DecisionRecord record = new DecisionRecord();
        record.candidateId = candidateId;
        record.decision = verdict.get();
        record.rationale = rationale;
        record.competencies = String.join(SEPARATOR, cited);
        record.present = String.join(SEPARATOR, present);
        record.departs = departs;
        record.departureReason = departureReason;
        record.recordedBy = recordedBy;
        record.recordedAt = at;
        record.replaces = replaces;
        return record;
    }

    private static Optional<Verdict> verdict(String decision) {
        if (decision == null) {
            return Optional.empty();
        }
        return Arrays.stream(Verdict.values())
                .filter(v -> v.name().equalsIgnoreCase(decision.strip()))
                .findFirst();
    }

    private static List<String> named(List<String> competencies, Collection<String> known) {
        return clean(competencies).stream()
                .map(
                        c ->
                                known.stream()
                                        .filter(
                                                k ->
                                                        k.toLowerCase(Locale.ROOT)
                                                                .equals(c.toLowerCase(Locale.ROOT)))
                                        .findFirst()
                                        .orElse(null))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .map(DecisionRecord::strip)
                        .filter(java.util.Objects::nonNull)
                        .map(v -> v.replace(SEPARATOR, " "))
                        .distinct()
                        .toList();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public Verdict getDecision() {
        return decision;
    }

    public String getRationale() {
        return rationale;
    }

    public List<String> getCompetencies() {
        return List.of(competencies.split(SEPARATOR));
    }

    public List<String> getPresent() {
        return List.of(present.split(SEPARATOR));
    }

    public boolean isDeparts() {
        return departs;
    }

    public String getDepartureReason() {
        return departureReason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Long getReplaces() {
        return replaces;
    }
}
