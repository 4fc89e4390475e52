package dev.candor.planning.web;

import dev.candor.planning.application.CandidateProfiles;
import dev.candor.planning.application.CandidateView;
import dev.candor.planning.application.Candidates;
import dev.candor.planning.application.ResumeInfo;
import dev.candor.planning.application.Resumes;
import dev.candor.planning.domain.CandidateProfile;
import dev.candor.planning.domain.ResumeFile;
import dev.candor.planning.domain.ResumeTooLargeException;
import dev.candor.shared.infrastructure.web.PageActions;
import dev.candor.shared.infrastructure.web.PageLoading;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The candidate's profile for the interview kit, on the candidate's page: links, source, résumé.
 */
@Named
@ViewScoped
public class CandidateProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The upload form, and its file field, which the résumé service's problems are keyed by. */
    private static final String FORM = "resumeUpload";

    private static final String FIELD = "resume";

    @Inject private Candidates candidates;

    @Inject private CandidateProfiles profiles;

    @Inject private Resumes resumes;

    private Long id;
    private String links;
    private String source;
    private ResumeInfo resume;
    private transient Part file;

    /** Reads the profile for the page's candidate; 404 as the rest of the page. */
    public void load() {
        if (id == null || links != null) {
            return;
        }
        CandidateView candidate = PageLoading.load(() -> candidates.get(id));
        if (candidate != null) {
            links = String.join("\n", candidate.links());
            source = candidate.source();
            resume = resumes.info(id).orElse(null);
        }
    }

    public void save() {
        CandidateProfile profile = new CandidateProfile(Arrays.asList(links.split("\\R")), source);
        CandidateView saved = PageActions.attempt("profile", () -> profiles.describe(id, profile));
        if (saved != null) {
            links = String.join("\n", saved.links());
            source = saved.source();
            Text.info("plan.profile.saved");
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Text.problems(FORM, Map.of(FIELD, Text.of("plan.profile.noFile")));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            ResumeInfo stored = PageActions.attempt(FORM, () -> resumes.store(id, content));
            if (stored != null) {
                resume = stored;
                Text.info("plan.profile.uploaded");
            }
        } catch (ResumeTooLargeException e) {
            Text.problems(FORM, Map.of(FIELD, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeResume() {
        if (PageActions.attempt(FORM, () -> resumes.delete(id))) {
            resume = null;
            Text.info("plan.profile.removed");
        }
    }

    public String getLimitText() {
        return ResumeFile.describeLimit(resumes.maxBytes());
    }

    public String getResumeText() {
        return resume == null
                ? ""
                : Text.of(
                        "plan.profile.resumeStored",
                        Math.max(1, (resume.sizeBytes() + 1023) / 1024));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links == null ? "" : links;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public ResumeInfo getResume() {
        return resume;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
