package dev.candor.questionbank.web;

import dev.candor.questionbank.application.BankAccess;
import dev.candor.questionbank.application.QuestionBank;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.QuestionVersion;
import dev.candor.questionbank.domain.VersionComparison;
import dev.candor.shared.domain.NotFoundException;
import dev.candor.shared.infrastructure.web.FormPlaces;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A question's page: its current version, history, a side-by-side comparison and where it is used.
 */
@Named
@ViewScoped
public class QuestionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private QuestionBank bank;

    @Inject private BankAccess access;

    private Long id;
    private Integer older;
    private Integer newer;
    private transient Question question;
    private transient VersionComparison comparison;

    /** f:viewAction: unknown ids, and questions the reader may not see, answer 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id == null) {
                throw new NotFoundException("Which question? The address has no id.");
            }
            question = bank.get(id);
            int current = question.getCurrentVersion().getNumber();
            if (newer == null) {
                newer = current;
            }
            if (older == null) {
                older = Math.max(1, current - 1);
            }
        } catch (NotFoundException unknown) {
            faces.getExternalContext().responseSendError(404, unknown.getMessage());
            faces.responseComplete();
        }
    }

    public Question getQuestion() {
        if (question == null && id != null) {
            question = bank.get(id);
        }
        return question;
    }

    public QuestionVersion getCurrent() {
        return getQuestion().getCurrentVersion();
    }

    /** Newest first, as people read a history. */
    public List<QuestionVersion> getHistory() {
        List<QuestionVersion> versions = new java.util.ArrayList<>(getQuestion().getVersions());
        java.util.Collections.reverse(versions);
        return versions;
    }

    public List<Integer> getVersionNumbers() {
        return IntStream.rangeClosed(1, getCurrent().getNumber()).boxed().toList();
    }

    public VersionComparison getComparison() {
        if (comparison == null
                && older != null
                && newer != null
                && getVersionNumbers().size() > 1) {
            comparison = bank.compare(id, older, newer);
        }
        return comparison;
    }

    public void compare() {
        comparison = null;
    }

    public void changeStatus(QuestionStatus next) {
        if (PageActions.attempt(
                        FormPlaces.of("status").fieldsAt(field -> null),
                        () -> bank.changeStatus(id, next))
                != null) {
            question = null;
            Text.info("bank.question.statusChanged", id, Text.of("bank.status." + next.name()));
        }
    }

    public boolean isEditor() {
        return access.canEdit();
    }

    public boolean isCanActivate() {
        return isEditor() && getQuestion().getStatus().canBecome(QuestionStatus.ACTIVE);
    }

    public boolean isCanRetire() {
        return isEditor() && getQuestion().getStatus().canBecome(QuestionStatus.RETIRED);
    }

    public List<String> getUsedBy() {
        return bank.usedBy(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }
}
