package dev.candor.debrief.application;

import dev.candor.debrief.domain.FlagThresholds;
import dev.candor.debrief.domain.NonJobRelatedLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the data-quality flags start, from configuration (see docs/configuration.md). */
@ApplicationScoped
public class FlagSettings {

    @Inject
    @ConfigProperty(name = "candor.debrief.late-after-hours", defaultValue = "24")
    int lateAfterHours;

    @Inject
    @ConfigProperty(name = "candor.debrief.strong-yes-below", defaultValue = "3")
    double strongYesBelow;

    @Inject
    @ConfigProperty(name = "candor.debrief.strong-no-above", defaultValue = "4")
    double strongNoAbove;

    @Inject
    @ConfigProperty(name = "candor.debrief.copied-similarity", defaultValue = "0.6")
    double copiedSimilarity;

    @Inject
    @ConfigProperty(name = "candor.debrief.copied-min-shingles", defaultValue = "6")
    int copiedMinShingles;

    @Inject
    @ConfigProperty(name = "candor.debrief.evidence-min-chars", defaultValue = "20")
    int evidenceMinChars;

    @Inject
    @ConfigProperty(name = "candor.debrief.same-score-min-questions", defaultValue = "3")
    int sameScoreMinQuestions;

    private final NonJobRelatedLanguage english = NonJobRelatedLanguage.load(Locale.ENGLISH);

    public FlagThresholds thresholds() {
        return new FlagThresholds(
                Duration.ofHours(lateAfterHours),
                strongYesBelow,
                strongNoAbove,
                copiedSimilarity,
                copiedMinShingles,
                evidenceMinChars,
                sameScoreMinQuestions);
    }

    public NonJobRelatedLanguage language() {
        return english;
    }
}
