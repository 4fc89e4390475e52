package dev.candor.questionbank.web;

import dev.candor.questionbank.application.CompetencyCatalog;
import dev.candor.questionbank.application.QuestionBank;
import dev.candor.questionbank.domain.QuestionStatus;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The question bank's figures for the recruiter panel of the home page. */
@Named
@RequestScoped
public class BankHome {

    @Inject private QuestionBank bank;

    @Inject private CompetencyCatalog competencies;

    private Map<QuestionStatus, Long> counts;
    private Integer competencyCount;

    private Map<QuestionStatus, Long> counts() {
        if (counts == null) {
            counts = bank.countsByStatus();
        }
        return counts;
    }

    public long getActive() {
        return counts().get(QuestionStatus.ACTIVE);
    }

    public long getDrafts() {
        return counts().get(QuestionStatus.DRAFT);
    }

    public long getRetired() {
        return counts().get(QuestionStatus.RETIRED);
    }

    public long getTotal() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    public int getCompetencies() {
        if (competencyCount == null) {
            competencyCount = competencies.list().size();
        }
        return competencyCount;
    }

    public boolean isBankEmpty() {
        return getTotal() == 0;
    }

    public String getCountsText() {
        return Text.of(
                "bank.home.counts", getActive(), getDrafts(), getRetired(), getCompetencies());
    }
}
