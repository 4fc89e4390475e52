package dev.candor.bench;

import dev.candor.comparison.domain.CandidateRatings;
import dev.candor.comparison.domain.IntraclassCorrelation;
import dev.candor.comparison.domain.OpeningRatings;
import dev.candor.comparison.domain.PanelAgreement;
import dev.candor.comparison.domain.Rating;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The agreement statistics of a large opening: 500 candidates, each rated by 4 of 12 interviewers on 10 questions,
 * 20,000 ratings in all. Every benchmark starts from the flat list of ratings, as the server reads them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgreementStatisticsBenchmark {

    private static final int CANDIDATES = 500;
    private static final int PANEL_SIZE = 4;
    private static final int INTERVIEWER_POOL = 12;
    private static final int QUESTIONS = 10;
    private static final long SEED = 20_250_101L;

    private List<Rating> ratings;

    @Setup
    public void generateRatings() {
        Random random = new Random(SEED);
        double[] leniency = new double[INTERVIEWER_POOL];
        for (int interviewer = 0; interviewer < INTERVIEWER_POOL; interviewer++) {
            leniency[interviewer] = random.nextGaussian() * 0.4;
        }
        List<Integer> pool = new ArrayList<>();
        for (int interviewer = 0; interviewer < INTERVIEWER_POOL; interviewer++) {
            pool.add(interviewer);
        }
        ratings = new ArrayList<>(CANDIDATES * PANEL_SIZE * QUESTIONS);
        for (int candidate = 0; candidate < CANDIDATES; candidate++) {
            double ability = 3 + random.nextGaussian() * 0.8;
            Collections.shuffle(pool, random);
            for (int question = 0; question < QUESTIONS; question++) {
                double difficulty = random.nextGaussian() * 0.5;
                for (int seat = 0; seat < PANEL_SIZE; seat++) {
                    int interviewer = pool.get(seat);
                    long score = Math.round(ability - difficulty + leniency[interviewer] + random.nextGaussian() * 0.7);
                    ratings.add(new Rating("candidate-" + candidate, "question-" + question,
                            "competency-" + question % 3, "interviewer-" + interviewer,
                            (int) Math.max(Rating.LOWEST_SCORE, Math.min(Rating.HIGHEST_SCORE, score))));
                }
            }
        }
    }

    /** ICC(2,1), ICC(2,k) and alpha per candidate, the opening's alpha and every interviewer's leniency. */
    @Benchmark
    public void agreementStatistics(Blackhole blackhole) {
        OpeningRatings opening = OpeningRatings.of(ratings);
        for (CandidateRatings candidate : opening.candidates()) {
            PanelAgreement agreement = candidate.agreement();
            IntraclassCorrelation icc = agreement.intraclassCorrelation();
            blackhole.consume(icc.icc21());
            blackhole.consume(icc.icc2k());
            blackhole.consume(agreement.alpha());
        }
        blackhole.consume(opening.openingAlpha());
        blackhole.consume(opening.leniency());
    }

    @Benchmark
    public Object openingAlpha() {
        return OpeningRatings.of(ratings).openingAlpha();
    }

    /** Panel scores with their t-intervals, and the leniency-adjusted scores. */
    @Benchmark
    public void panelScores(Blackhole blackhole) {
        OpeningRatings opening = OpeningRatings.of(ratings);
        blackhole.consume(opening.panelScores());
        blackhole.consume(opening.adjustedPanelScores());
    }
}
