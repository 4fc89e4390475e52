package dev.candor.planning.web;

import dev.candor.identity.domain.User;
import dev.candor.identity.web.PersonNames;
import dev.candor.identity.web.TimesOnPage;
import dev.candor.planning.application.InterviewQuestionView;
import dev.candor.planning.application.InterviewQuestions;
import dev.candor.planning.application.InterviewView;
import dev.candor.planning.application.Interviews;
import dev.candor.planning.application.Scheduled;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.PageLoading;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One interview: its time, panel and questions; the opening's managers can move it or change its
 * panel.
 */
@Named
@ViewScoped
public class InterviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Interviews interviews;

    @Inject private PersonNames names;

    @Inject private InterviewQuestions questions;

    @Inject private TimesOnPage times;

    private Long id;
    private InterviewView interview;
    private List<InterviewQuestionView> questionList = List.of();
    private boolean manager;
    private LocalDateTime startsAt;
    private Integer minutes;
    private List<String> panel = new ArrayList<>();

    public void load() {
        if (id == null) {
            return;
        }
        InterviewView found = PageLoading.load(() -> interviews.get(id));
        if (found != null) {
            show(found);
        }
    }

    private void show(InterviewView found) {
        interview = found;
        questionList = questions.questionsOf(id);
        manager = interviews.canManage(id);
        startsAt = times.forEntry(found.startsAt());
        minutes = found.minutes();
        // Usernames (what the picker submits), in the order of the names it shows.
        panel =
                found.panel().stream()
                        .sorted(
                                Comparator.comparing(
                                        names::name, Collator.getInstance(Locale.ENGLISH)))
                        .collect(Collectors.toCollection(ArrayList::new));
    }

    public void save() {
        Scheduled saved =
                PageActions.attempt(
                        "change",
                        () -> interviews.update(id, times.entered(startsAt), minutes, panel));
        if (saved != null) {
            show(saved.interview());
            Text.info("plan.interview.saved");
            if (!saved.interview().withdrawn().isEmpty()) {
                Text.info(
                        "plan.interview.withdrawnKept",
                        String.join(", ", saved.interview().withdrawn()));
            }
            saved.warnings().forEach(Text::warning);
        }
    }

    public void cancel() {
        long openingId = interview.openingId();
        if (PageActions.attempt("change", () -> interviews.cancel(id))) {
            Text.info("plan.interview.cancelled");
            PageActions.redirect("/openings/opening.xhtml?id=" + openingId);
        }
    }

    public List<String> completePanel(String query) {
        return interviews.panelChoices(query).stream()
                .map(User::getUsername)
                .filter(u -> !panel.contains(u))
                .limit(15)
                .toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InterviewView getInterview() {
        return interview;
    }

    public List<InterviewQuestionView> getQuestions() {
        return questionList;
    }

    public boolean isManager() {
        return manager;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public List<String> getPanel() {
        return panel;
    }

    public void setPanel(List<String> panel) {
        this.panel = panel;
    }
}
