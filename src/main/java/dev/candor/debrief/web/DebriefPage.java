package dev.candor.debrief.web;

import dev.candor.debrief.application.DebriefView;
import dev.candor.debrief.application.Debriefs;
import dev.candor.debrief.application.Decisions;
import dev.candor.debrief.domain.DecisionRecord;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import dev.candor.shared.infrastructure.web.PageLoading;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The debrief page: rules and flags, the agenda with a reveal per question, the speaking order, and
 * for the opening's hiring manager the decision form. Thin: the services decide.
 */
@Named
@ViewScoped
public class DebriefPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Debriefs debriefs;

    @Inject private Decisions decisions;

    private Long id;
    private final Set<String> revealed = new HashSet<>();
    private transient DebriefView debrief;
    private String denied;

    private String decision;
    private String rationale;
    private List<String> competencies = new ArrayList<>();
    private List<String> present = new ArrayList<>();
    private String departureReason;

    public void load() {
        if (id == null) {
            PageLoading.load(
                    () -> {
                        throw new NotFoundException("No candidate given.");
                    });
            return;
        }
        try {
            refresh();
            if (present.isEmpty()) {
                debrief.speakingOrder().forEach(s -> present.add(s.username()));
            }
        } catch (AccessDeniedException e) {
            denied = e.getMessage();
        } catch (NotFoundException e) {
            PageLoading.load(
                    () -> {
                        throw e;
                    });
        }
    }

    private void refresh() {
        debrief = debriefs.debrief(id, revealed, false);
    }

    public void reveal(String key) {
        revealed.add(key);
        refresh();
    }

    public void revealAll() {
        debrief.items().forEach(i -> revealed.add(i.key()));
        refresh();
    }

    public void record() {
        try {
            decisions.record(
                    id,
                    new DecisionRecord.Request(
                            decision, rationale, competencies, present, departureReason));
            Text.info("debrief.decision.recorded");
            decision = null;
            rationale = null;
            departureReason = null;
            competencies = new ArrayList<>();
        } catch (InvalidInputException e) {
            Text.problems("decision", e.problems());
        } catch (AccessDeniedException e) {
            Text.error("debrief.decision.denied");
        }
        refresh();
    }

    public DebriefView getDebrief() {
        if (debrief == null && id != null && denied == null) {
            refresh();
        }
        return debrief;
    }

    public String getDenied() {
        return denied;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public List<String> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(List<String> competencies) {
        this.competencies = competencies;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present;
    }

    public String getDepartureReason() {
        return departureReason;
    }

    public void setDepartureReason(String departureReason) {
        this.departureReason = departureReason;
    }
}
