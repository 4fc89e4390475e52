package dev.candor.questionbank.web;

import dev.candor.questionbank.application.BankAccess;
import dev.candor.questionbank.application.CompetencyCatalog;
import dev.candor.questionbank.application.CompetencyCount;
import dev.candor.shared.domain.ConflictException;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.domain.NotFoundException;
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
        try {
            String saved =
                    (editing == null
                                    ? catalog.create(name, description)
                                    : catalog.describe(editing, name, description))
                            .getName();
            Text.info("bank.competency.saved", saved);
            cancel();
            competencies = null;
        } catch (InvalidInputException invalid) {
            Text.problems("competency", invalid.problems());
        } catch (ConflictException | NotFoundException refused) {
            Text.errorAt("competency:name", refused.getMessage());
        }
    }

    public void setActive(long id, boolean active) {
        try {
            String changed = catalog.setActive(id, active).getName();
            Text.info(
                    active ? "bank.competency.activated" : "bank.competency.deactivated", changed);
        } catch (NotFoundException unknown) {
            Text.errorAt(null, unknown.getMessage());
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
