package dev.candor.planning.web;

import dev.candor.identity.domain.User;
import dev.candor.identity.web.TimesOnPage;
import dev.candor.planning.application.CandidateImportOutcome;
import dev.candor.planning.application.CandidateView;
import dev.candor.planning.application.Candidates;
import dev.candor.planning.application.InterviewForm;
import dev.candor.planning.application.InterviewPlans;
import dev.candor.planning.application.InterviewView;
import dev.candor.planning.application.Interviews;
import dev.candor.planning.application.OpeningView;
import dev.candor.planning.application.Openings;
import dev.candor.planning.application.PlanSaved;
import dev.candor.planning.application.PlanView;
import dev.candor.planning.application.PlanningAccess;
import dev.candor.planning.application.Scheduled;
import dev.candor.planning.domain.CandidateDetails;
import dev.candor.planning.domain.PlanCoverage;
import dev.candor.questionbank.domain.Competency;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.PageLoading;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** One opening: details, plan summary and coverage, candidates, interviews and scheduling. */
@Named
@ViewScoped
public class OpeningPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Openings openings;

    @Inject private InterviewPlans plans;

    @Inject private Candidates candidates;

    @Inject private Interviews interviews;

    @Inject private PlanningAccess access;

    @Inject private TimesOnPage times;

    private Long id;
    private Long preselectCandidate;
    private int activeTab;
    private OpeningView opening;
    private PlanView plan;
    private transient PlanCoverage coverage;
    private List<CandidateView> candidateList = List.of();
    private List<InterviewView> interviewList = List.of();

    // details
    private OpeningDetailsInput details = new OpeningDetailsInput();

    // plan
    private Long copyFrom;

    // new candidate
    private String candidateName;
    private String candidateEmail;
    private String candidatePhone;
    private String candidateNotes;
    private transient UploadedFile file;
    private List<String> importProblems = List.of();

    // scheduling
    private Long scheduleCandidate;
    private String scheduleStage;
    private LocalDateTime scheduleStart;
    private Integer scheduleMinutes;
    private List<String> schedulePanel = new ArrayList<>();

    public void load() {
        if (id == null || PageLoading.load(() -> openings.get(id)) == null) {
            return;
        }
        refresh();
        fillDetails();
        if (preselectCandidate != null) {
            scheduleCandidate = preselectCandidate;
            activeTab = 3;
        }
    }

    private void refresh() {
        opening = openings.get(id);
        plan = plans.plan(id);
        coverage = plans.coverage(id);
        candidateList = candidates.list(id);
        interviewList = interviews.ofOpening(id);
    }

    private void fillDetails() {
        details = OpeningDetailsInput.of(opening);
    }

    public void saveDetails() {
        if (PageActions.attempt(
                        "details",
                        () -> openings.update(id, details.toForm(), null, opening.version()))
                != null) {
            Text.info("plan.opening.saved");
            refresh();
        }
    }

    public void close() {
        if (PageActions.attempt("details", () -> openings.close(id)) != null) {
            Text.info("plan.opening.closedMessage");
            refresh();
        }
    }

    public void reopen() {
        if (PageActions.attempt("details", () -> openings.reopen(id)) != null) {
            Text.info("plan.opening.reopened");
            refresh();
        }
    }

    public void copyPlan() {
        if (copyFrom == null) {
            Text.error("plan.copy.choose");
            return;
        }
        PlanSaved saved = PageActions.attempt("planTab", () -> plans.copyFrom(id, copyFrom));
        if (saved != null) {
            Text.info("plan.copy.done");
            refresh();
        }
    }

    public List<OpeningView> getCopySources() {
        return plans.copySources(id);
    }

    public void addCandidate() {
        CandidateView created =
                PageActions.attempt(
                        "newCandidate",
                        () ->
                                candidates.create(
                                        id,
                                        new CandidateDetails(
                                                candidateName,
                                                candidateEmail,
                                                candidatePhone,
                                                candidateNotes)));
        if (created != null) {
            Text.info("plan.candidate.added", created.name());
            candidateName = null;
            candidateEmail = null;
            candidatePhone = null;
            candidateNotes = null;
            refresh();
        }
    }

    public void importCandidates() {
        activeTab = 2;
        if (file == null || file.getSize() == 0) {
            Text.error("plan.import.noFile");
            return;
        }
        CandidateImportOutcome outcome =
                PageActions.attempt(
                        "importCandidates", () -> candidates.importCsv(id, file.getContent()));
        if (outcome == null) {
            return;
        }
        importProblems = outcome.problems();
        if (outcome.isAccepted()) {
            Text.info("plan.import.done", outcome.imported());
            refresh();
        } else {
            Text.error("plan.import.refused", outcome.problems().size());
        }
    }

    public void schedule() {
        activeTab = 3;
        Scheduled scheduled =
                PageActions.attempt(
                        "schedule",
                        () ->
                                interviews.schedule(
                                        new InterviewForm(
                                                scheduleCandidate,
                                                scheduleStage,
                                                times.entered(scheduleStart),
                                                scheduleMinutes,
                                                schedulePanel)));
        if (scheduled != null) {
            Text.info(
                    "plan.interview.scheduled",
                    scheduled.interview().candidateName(),
                    scheduled.interview().stage());
            scheduled.warnings().forEach(Text::warning);
            scheduleCandidate = null;
            schedulePanel = new ArrayList<>();
            refresh();
        }
    }

    /** Picks the stage's length as the interview's, when a stage is chosen. */
    public void stageChosen() {
        if (plan != null && scheduleStage != null) {
            plan.stages().stream()
                    .filter(s -> s.name().equals(scheduleStage))
                    .findFirst()
                    .ifPresent(s -> scheduleMinutes = s.minutes());
        }
    }

    public List<String> completePanel(String query) {
        return interviews.panelChoices(query).stream()
                .map(User::getUsername)
                .filter(u -> !schedulePanel.contains(u))
                .limit(15)
                .toList();
    }

    public boolean isRecruiter() {
        return access.managesAll();
    }

    public List<CandidateView> getActiveCandidates() {
        return candidateList.stream().filter(c -> "ACTIVE".equals(c.status())).toList();
    }

    public List<User> getHiringManagerChoices() {
        return openings.hiringManagerChoices();
    }

    public List<String> getCompetencyChoices() {
        return openings.competencyChoices().stream().map(Competency::getName).toList();
    }

    public boolean isOpen() {
        return opening != null && "OPEN".equals(opening.status());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPreselectCandidate() {
        return preselectCandidate;
    }

    public void setPreselectCandidate(Long preselectCandidate) {
        this.preselectCandidate = preselectCandidate;
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public OpeningView getOpening() {
        return opening;
    }

    public PlanView getPlan() {
        return plan;
    }

    public PlanCoverage getCoverage() {
        if (coverage == null && id != null) {
            coverage = plans.coverage(id);
        }
        return coverage;
    }

    public List<CandidateView> getCandidates() {
        return candidateList;
    }

    public List<InterviewView> getInterviews() {
        return interviewList;
    }

    public OpeningDetailsInput getDetails() {
        return details;
    }

    public Long getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(Long copyFrom) {
        this.copyFrom = copyFrom;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public void setCandidateName(String candidateName) {
        this.candidateName = candidateName;
    }

    public String getCandidateEmail() {
        return candidateEmail;
    }

    public void setCandidateEmail(String candidateEmail) {
        this.candidateEmail = candidateEmail;
    }

    public String getCandidatePhone() {
        return candidatePhone;
    }

    public void setCandidatePhone(String candidatePhone) {
        this.candidatePhone = candidatePhone;
    }

    public String getCandidateNotes() {
        return candidateNotes;
    }

    public void setCandidateNotes(String candidateNotes) {
        this.candidateNotes = candidateNotes;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<String> getImportProblems() {
        return importProblems;
    }

    public Long getScheduleCandidate() {
        return scheduleCandidate;
    }

    public void setScheduleCandidate(Long scheduleCandidate) {
        this.scheduleCandidate = scheduleCandidate;
    }

    public String getScheduleStage() {
        return scheduleStage;
    }

    public void setScheduleStage(String scheduleStage) {
        this.scheduleStage = scheduleStage;
    }

    public LocalDateTime getScheduleStart() {
        return scheduleStart;
    }

    public void setScheduleStart(LocalDateTime scheduleStart) {
        this.scheduleStart = scheduleStart;
    }

    public Integer getScheduleMinutes() {
        return scheduleMinutes;
    }

    public void setScheduleMinutes(Integer scheduleMinutes) {
        this.scheduleMinutes = scheduleMinutes;
    }

    public List<String> getSchedulePanel() {
        return schedulePanel;
    }

    public void setSchedulePanel(List<String> schedulePanel) {
        this.schedulePanel = schedulePanel;
    }
}
