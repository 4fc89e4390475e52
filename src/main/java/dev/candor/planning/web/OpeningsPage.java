package dev.candor.planning.web;

import dev.candor.identity.domain.User;
import dev.candor.planning.application.OpeningView;
import dev.candor.planning.application.Openings;
import dev.candor.questionbank.domain.Competency;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.PageLoading;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The openings list, and a recruiter's form for a new opening. */
@Named
@ViewScoped
public class OpeningsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Openings openings;

    private transient List<OpeningView> list;
    private final OpeningDetailsInput details = new OpeningDetailsInput();

    public void load() {
        list = PageLoading.load(openings::list);
    }

    public void create() {
        OpeningView created =
                PageActions.attempt("newOpening", () -> openings.create(details.toForm()));
        if (created != null) {
            Text.info("plan.opening.created", created.title());
            PageActions.redirect("/openings/opening.xhtml?id=" + created.id());
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

    public OpeningDetailsInput getDetails() {
        return details;
    }
}
