package dev.candor.planning.web;

import dev.candor.shared.infrastructure.web.PageLoading;
import dev.candor.identity.domain.User;
import dev.candor.planning.application.OpeningForm;
import dev.candor.planning.application.OpeningView;
import dev.candor.planning.application.Openings;
import dev.candor.questionbank.domain.Competency;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The openings list, and a recruiter's form for a new opening. */
@Named
@ViewScoped
public class OpeningsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Openings openings;

    private transient List<OpeningView> list;
    private String title;
    private String team;
    private String description;
    private List<String> hiringManagers = new ArrayList<>();
    private List<String> keyCompetencies = new ArrayList<>();

    public void load() {
        list = PageLoading.load(openings::list);
    }

    public void create() {
        OpeningView created = Pages.attempt("newOpening", () -> openings.create(new OpeningForm(title, team,
                description, hiringManagers, keyCompetencies)));
        if (created != null) {
            Text.info("plan.opening.created", created.title());
            Pages.redirect("/openings/opening.xhtml?id=" + created.id());
        }
    }

    public List<OpeningView> getOpenings() {
        if (list == null) {
            list = openings.list();
        }
        return list;
    }

    public List<User> getHiringManagerChoices() {
        return openings.hiringManagerChoices();
    }

    public List<String> getCompetencyChoices() {
        return openings.competencyChoices().stream().map(Competency::getName).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getHiringManagers() {
        return hiringManagers;
    }

    public void setHiringManagers(List<String> hiringManagers) {
        this.hiringManagers = hiringManagers;
    }

    public List<String> getKeyCompetencies() {
        return keyCompetencies;
    }

    public void setKeyCompetencies(List<String> keyCompetencies) {
        this.keyCompetencies = keyCompetencies;
    }
}
