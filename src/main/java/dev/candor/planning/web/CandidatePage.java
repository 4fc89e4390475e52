package dev.candor.planning.web;

import dev.candor.identity.domain.TimeZoneChoice;
import dev.candor.planning.application.CandidateView;
import dev.candor.planning.application.Candidates;
import dev.candor.planning.application.InterviewView;
import dev.candor.planning.application.Interviews;
import dev.candor.planning.application.OpeningView;
import dev.candor.planning.application.Openings;
import dev.candor.planning.domain.CandidateDetails;
import dev.candor.planning.domain.CandidateStatus;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.PageLoading;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One candidate: details, status, and their interviews with scorecard progress. */
@Named
@ViewScoped
public class CandidatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Candidates candidates;

    @Inject private Interviews interviews;

    @Inject private Openings openings;

    private Long id;
    private CandidateView candidate;
    private OpeningView opening;
    private List<InterviewView> interviewList = List.of();
    private String name;
    private String email;
    private String phone;
    private String notes;
    private String status;
    private String timeZone;

    public void load() {
        if (id == null) {
            return;
        }
        CandidateView found = PageLoading.load(() -> candidates.get(id));
        if (found != null) {
            show(found);
        }
    }

    private void show(CandidateView found) {
        candidate = found;
        opening = openings.get(found.openingId());
        interviewList = interviews.ofCandidate(id);
        name = found.name();
        email = found.email();
        phone = found.phone();
        notes = found.notes();
        status = found.status();
        timeZone = found.timeZone();
    }

    public void save() {
        CandidateView saved =
                PageActions.attempt(
                        "candidate",
                        () ->
                                candidates.update(
                                        id,
                                        new CandidateDetails(name, email, phone, notes, timeZone),
                                        status));
        if (saved != null) {
            show(saved);
            Text.info("plan.candidate.saved");
        }
    }

    public List<String> getZoneChoices() {
        return TimeZoneChoice.ALL;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public CandidateStatus[] getStatuses() {
        return CandidateStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CandidateView getCandidate() {
        return candidate;
    }

    public OpeningView getOpening() {
        return opening;
    }

    public List<InterviewView> getInterviews() {
        return interviewList;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
