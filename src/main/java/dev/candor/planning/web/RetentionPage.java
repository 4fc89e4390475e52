package dev.candor.planning.web;

import dev.candor.planning.application.Candidates;
import dev.candor.planning.application.RetentionReview;
import dev.candor.planning.application.RetentionReview.DueForErasure;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Candidates past the retention period, each with a reason field and an erase button. */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private RetentionReview review;

    @Inject private Candidates candidates;

    private final Map<Long, String> reasons = new HashMap<>();
    private List<DueForErasure> due;

    @PostConstruct
    void load() {
        due = review.dueForErasure();
    }

    public void erase(long candidateId) {
        try {
            candidates.erase(candidateId, reasons.get(candidateId));
            reasons.remove(candidateId);
            Text.info("privacy.erased", candidateId);
            load();
        } catch (InvalidInputException e) {
            Text.errorAt("due:table", String.join(" ", e.problems().values()));
        } catch (ConflictException | NotFoundException e) {
            Text.errorAt(null, e.getMessage());
            load();
        }
    }

    public List<DueForErasure> getDue() {
        return due;
    }

    public int getRetentionDays() {
        return review.retentionDays();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
