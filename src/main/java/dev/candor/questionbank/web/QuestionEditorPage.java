package dev.candor.questionbank.web;

import dev.candor.questionbank.application.BankAccess;
import dev.candor.questionbank.application.CompetencyCatalog;
import dev.candor.questionbank.application.QuestionBank;
import dev.candor.questionbank.application.QuestionInput;
import dev.candor.questionbank.domain.Competency;
import dev.candor.questionbank.domain.Question;
import dev.candor.questionbank.domain.QuestionKind;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.questionbank.domain.QuestionVersion;
import dev.candor.questionbank.domain.RatingScale;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The question editor. Everything typed stays in this view-scoped bean, so a refused save shows the
 * problems beside the fields without losing a word.
 */
@Named
@ViewScoped
public class QuestionEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "editor";

    @Inject private QuestionBank bank;

    @Inject private CompetencyCatalog competencies;

    @Inject private BankAccess access;

    private Long id;

    /** The version this form was filled from: saving over a newer one is refused, not lost. */
    private long loadedVersion;

    private boolean loaded;
    private String text;
    private QuestionKind kind = QuestionKind.BEHAVIOURAL;
    private String competency;
    private String guidance;
    private final List<EditorLine> probes = new ArrayList<>();
    private final List<EditorAnchorRow> anchors = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private QuestionStatus currentStatus;
    private QuestionStatus status = QuestionStatus.DRAFT;
    private String changeNote;
    private int currentVersion;

    /**
     * f:viewAction: loads the question once; readers are sent away with 403, unknown ids with 404.
     */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!access.canEdit()) {
            faces.getExternalContext().responseSendError(403, Text.of("bank.editor.readOnly"));
            faces.responseComplete();
            return;
        }
        IntStream.rangeClosed(RatingScale.LOWEST, RatingScale.HIGHEST)
                .forEach(score -> anchors.add(new EditorAnchorRow(score)));
        if (id == null) {
            return;
        }
        try {
            Question question = bank.get(id);
            loadedVersion = question.getEntityVersion();
            QuestionVersion current = question.getCurrentVersion();
            text = current.getText();
            kind = current.getKind();
            competency = current.getCompetency().getName();
            guidance = current.getGuidance();
            current.getProbes().forEach(probe -> probes.add(new EditorLine(probe)));
            current.getAnchors()
                    .forEach(
                            anchor -> {
                                EditorAnchorRow row = anchors.get(anchor.getScore() - 1);
                                row.setLabel(anchor.getLabel());
                                row.setDescription(anchor.getDescription());
                            });
            tags = new ArrayList<>(current.getTags());
            currentStatus = question.getStatus();
            status = currentStatus;
            currentVersion = current.getNumber();
        } catch (NotFoundException unknown) {
            faces.getExternalContext().responseSendError(404, unknown.getMessage());
            faces.responseComplete();
        }
    }

    public String save() {
        QuestionInput input =
                new QuestionInput(
                        text,
                        kind == null ? null : kind.name(),
                        competency,
                        guidance,
                        probes.stream()
                                .map(EditorLine::getText)
                                .map(p -> p == null ? "" : p)
                                .toList(),
                        anchors.stream()
                                .map(
                                        row ->
                                                new QuestionInput.Anchor(
                                                        row.getScore(),
                                                        row.getLabel(),
                                                        row.getDescription()))
                                .toList(),
                        tags,
                        status == null ? null : status.name(),
                        changeNote);
        Question saved =
                PageActions.attempt(
                        FormPlaces.of(FORM).fieldsAt(field -> EditorFields.clientId(FORM, field)),
                        () ->
                                id == null
                                        ? bank.create(input)
                                        : bank.update(id, input, loadedVersion));
        if (saved == null) {
            return null;
        }
        Text.onNextPage("bank.editor.saved", saved.getId(), saved.getCurrentVersion().getNumber());
        return "/questions/view?faces-redirect=true&id=" + saved.getId();
    }

    public void addProbe() {
        probes.add(new EditorLine(""));
    }

    public void removeProbe(int index) {
        if (index >= 0 && index < probes.size()) {
            probes.remove(index);
        }
    }

    public void moveProbe(int index, int by) {
        int target = index + by;
        if (index >= 0 && index < probes.size() && target >= 0 && target < probes.size()) {
            Collections.swap(probes, index, target);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isCanAddProbe() {
        return probes.size() < dev.candor.questionbank.domain.QuestionContent.MAX_PROBES;
    }

    /** Active competencies, plus the question's own if it has been deactivated since. */
    public List<String> getCompetencyNames() {
        List<String> names =
                new ArrayList<>(
                        competencies.list().stream()
                                .filter(Competency::isActive)
                                .map(Competency::getName)
                                .toList());
        if (competency != null && !competency.isBlank() && !names.contains(competency)) {
            names.add(competency);
        }
        return names;
    }

    public List<QuestionKind> getKinds() {
        return Arrays.asList(QuestionKind.values());
    }

    /** The statuses this question may be saved with: its own and those it may become. */
    public List<QuestionStatus> getStatuses() {
        if (currentStatus == null) {
            return List.of(QuestionStatus.DRAFT, QuestionStatus.ACTIVE);
        }
        return Arrays.stream(QuestionStatus.values())
                .filter(s -> s == currentStatus || currentStatus.canBecome(s))
                .toList();
    }

    public List<EditorAnchorRow> getFilledAnchors() {
        return anchors.stream().filter(EditorAnchorRow::isFilled).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getCompetency() {
        return competency;
    }

    public void setCompetency(String competency) {
        this.competency = competency;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public List<EditorLine> getProbes() {
        return probes;
    }

    public List<EditorAnchorRow> getAnchors() {
        return anchors;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public void setStatus(QuestionStatus status) {
        this.status = status;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
