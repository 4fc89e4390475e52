package dev.candor.scoring.web;

import dev.candor.questionbank.domain.RatingScale;
import dev.candor.scoring.application.AmendmentView;
import dev.candor.scoring.application.ScorecardDetail;
import dev.candor.scoring.application.ScorecardQuestion;
import dev.candor.scoring.application.Scorecards;
import dev.candor.scoring.domain.Recommendation;
import dev.candor.scoring.domain.ScorecardStatus;
import dev.candor.shared.domain.AccessDeniedException;
import dev.candor.shared.domain.NotFoundException;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The live scoring page (/scoring/scorecard.xhtml?id=N). It renders the scorecard once; everything
 * after that (scores, notes, skips, submitting, amending) goes through the REST API from
 * resources/candor/scoring.js, so there is no Faces view state that could expire in the middle of
 * an interview.
 *
 * <p>The owner gets their scorecard (live while not submitted); anyone else gets the read view only
 * where the visibility policy allows it, and a 403 page otherwise, so nothing of another panel
 * member's scorecard reaches the page source.
 */
@Named
@RequestScoped
public class ScorecardPage {

    @Inject private Scorecards scorecards;

    private Long id;
    private boolean submitted;
    private RatingScale scale;
    private ScorecardDetail scorecard;
    private boolean own;
    private List<AmendmentView> amendments = List.of();

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (id == null) {
            sendError(faces, 404);
            return;
        }
        try {
            scorecard = scorecards.open(id);
            own = true;
        } catch (AccessDeniedException notMine) {
            try {
                scorecard = scorecards.read(id);
            } catch (AccessDeniedException refused) {
                sendError(faces, 403);
                return;
            }
        } catch (NotFoundException e) {
            sendError(faces, 404);
            return;
        }
        amendments = scorecards.amendments(id);
        scale = scorecards.scale();
    }

    private static void sendError(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The owner can still score: not submitted, not withdrawn. */
    public boolean isLive() {
        return own && scorecard.status() != ScorecardStatus.SUBMITTED && !scorecard.withdrawn();
    }

    public boolean isAmendable() {
        return own && scorecard.status() == ScorecardStatus.SUBMITTED && !scorecard.withdrawn();
    }

    public int getTotalBudget() {
        return scorecard.questions().stream().mapToInt(item -> item.question().minutes()).sum();
    }

    public List<Recommendation> getRecommendations() {
        return Arrays.asList(Recommendation.values());
    }

    public String recommendationText(Recommendation recommendation) {
        return recommendation == null
                ? Text.of("scoring.none")
                : Text.of("scoring.recommendation." + recommendation);
    }

    public String anchorLabel(ScorecardQuestion question, Integer score) {
        if (score == null) {
            return "";
        }
        return cards(question).stream()
                .filter(a -> a.score() == score)
                .map(ScorecardQuestion.Anchor::label)
                .findFirst()
                .orElse("");
    }

    /**
     * Always five cards, one per score: a scale anchored only at 1, 3 and 5 still allows 2 and 4,
     * shown as "between" cards without a description.
     */
    public List<ScorecardQuestion.Anchor> cards(ScorecardQuestion question) {
        List<ScorecardQuestion.Anchor> cards = new java.util.ArrayList<>();
        for (int wanted : RatingScale.scores()) {
            cards.add(
                    question.anchors().stream()
                            .filter(a -> a.score() == wanted)
                            .findFirst()
                            .orElseGet(
                                    () -> {
                                        int below =
                                                question.anchors().stream()
                                                        .mapToInt(ScorecardQuestion.Anchor::score)
                                                        .filter(x -> x < wanted)
                                                        .max()
                                                        .orElse(wanted);
                                        int above =
                                                question.anchors().stream()
                                                        .mapToInt(ScorecardQuestion.Anchor::score)
                                                        .filter(x -> x > wanted)
                                                        .min()
                                                        .orElse(wanted);
                                        return new ScorecardQuestion.Anchor(
                                                wanted,
                                                Text.of(RatingScale.BETWEEN_KEY, below, above),
                                                "");
                                    }));
        }
        return cards;
    }

    public String kindText(ScorecardQuestion question) {
        return question.kind() == null
                ? ""
                : question.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public String fieldText(String field) {
        return Text.of("scoring.field." + field);
    }

    /**
     * What the script starts from: the stored rating of each question (with its revision), and the
     * state of the scorecard with the draft recommendation and summary (and their revision). Only
     * the caller's own scorecard is ever put here.
     */
    public String getStateJson() {
        JsonObjectBuilder ratings = Json.createObjectBuilder();
        for (ScorecardDetail.Item item : scorecard.questions()) {
            var rating = item.rating();
            JsonObjectBuilder entry =
                    Json.createObjectBuilder()
                            .add("skipped", rating.skipped())
                            .add("revision", rating.revision())
                            .add("minutes", item.question().minutes());
            if (rating.score() == null) {
                entry.addNull("score");
            } else {
                entry.add("score", rating.score());
            }
            entry.add("skipReason", rating.skipReason() == null ? "" : rating.skipReason());
            entry.add("notes", rating.notes() == null ? "" : rating.notes());
            ratings.add(Integer.toString(item.position()), entry);
        }
        JsonObjectBuilder state =
                Json.createObjectBuilder()
                        .add("id", scorecard.id())
                        .add("status", scorecard.status().name())
                        .add("withdrawn", scorecard.withdrawn())
                        .add("questions", scorecard.questions().size())
                        .add(
                                "recommendation",
                                scorecard.recommendation() == null
                                        ? ""
                                        : scorecard.recommendation().name())
                        .add("summary", scorecard.summary() == null ? "" : scorecard.summary())
                        .add("draftRevision", scorecard.draftRevision())
                        .add("ratings", ratings)
                        .add("scale", scaleJson());
        if (scorecard.startedAt() != null) {
            state.add("startedAt", scorecard.startedAt().toEpochMilli());
        }
        return ScriptTexts.forScriptElement(state.build());
    }

    /** What the script needs of the rating scale to judge the notes as the server does. */
    private JsonObjectBuilder scaleJson() {
        JsonArrayBuilder needing = Json.createArrayBuilder();
        RatingScale.scoresNeedingEvidence().forEach(needing::add);
        JsonArrayBuilder prompts = Json.createArrayBuilder();
        RatingScale.EVIDENCE_PROMPTS.forEach(prompts::add);
        return Json.createObjectBuilder()
                .add("lowest", RatingScale.LOWEST)
                .add("highest", RatingScale.HIGHEST)
                .add("needsEvidence", needing)
                .add("evidenceMin", scale.evidenceMinChars())
                .add("prompts", prompts);
    }

    /** Under every question's notes: what the evidence rule asks, with the scale's own figures. */
    public String getNotesHint() {
        return Text.of(
                "scoring.notes.hint",
                scale.evidenceMinChars(),
                RatingScale.LOWEST,
                RatingScale.HIGHEST);
    }

    /** The script's words, from the bundle (keys scoring.js.*), as JSON for a script element. */
    public String getScriptTexts() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return ScriptTexts.json(ResourceBundle.getBundle(Text.BUNDLE, locale), locale, getLimits());
    }

    public TextLimits getLimits() {
        return TextLimits.OF_THE_DOMAIN;
    }

    public int getEvidenceMinChars() {
        return scale.evidenceMinChars();
    }

    /** Arrived here right after submitting: the page confirms it at the top. */
    public boolean isSubmitted() {
        return submitted;
    }

    public void setSubmitted(boolean submitted) {
        this.submitted = submitted;
    }

    /** The link from the confirmation to the panel's scorecards of this interview. */
    public String getPanelLinkText() {
        var interview = scorecard.interview();
        return Text.of(
                "scoring.submitted.panel", interview == null ? "" : interview.candidateName());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ScorecardDetail getScorecard() {
        return scorecard;
    }

    public boolean isOwn() {
        return own;
    }

    public List<AmendmentView> getAmendments() {
        return amendments;
    }
}
