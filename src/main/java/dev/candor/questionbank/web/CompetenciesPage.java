package dev.candor.questionbank.web;

import dev.candor.questionbank.application.BankAccess;
import dev.candor.questionbank.application.CompetencyCatalog;
import dev.candor.questionbank.application.CompetencyCount;
import dev.candor.shared.infrastructure.web.FormPlaces;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Competency management: list with question counts, add, rename or describe, activate or
 * deactivate.
 */
@Named
@ViewScoped
public class CompetenciesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CompetencyCatalog catalog;

    @Inject private BankAccess access;

    private Long editing;
    private String name;
    private String description;
    private transient List<CompetencyCount> competencies;

    public List<CompetencyCount> getCompetencies() {
        if (competencies == null) {
            competencies = catalog.counts();
        }
        return competencies;
    }

    public void edit(CompetencyCount competency) {
        editing = competency.id();
        name = competency.name();
        description = competency.description();
    }

    public void cancel() {
        editing = null;
        name = null;
        description = null;
    }

    public void save() {
        String saved =
                PageActions.attempt(
                        FormPlaces.of("competency").refusalsBeside("name"),
                        () ->
                                (editing == null
                                                ? catalog.create(name, description)
                                                : catalog.describe(editing, name, description))
                                        .getName());
        if (saved != null) {
            Text.info("bank.competency.saved", saved);
            cancel();
            competencies = null;
        }
    }

    public void setActive(long id, boolean active) {
        String changed =
                PageActions.attempt("competencies", () -> catalog.setActive(id, active).getName());
        if (changed != null) {
            Text.info(
                    active ? "bank.competency.activated" : "bank.competency.deactivated", changed);
        }
        competencies = null;
    }

    public boolean isEditor() {
        return access.canEdit();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
