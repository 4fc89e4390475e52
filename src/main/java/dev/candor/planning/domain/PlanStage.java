package dev.candor.planning.domain;

import dev.candor.questionbank.domain.QuestionVersion;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One stage of an interview plan, such as "Values, 30 min": an interview kit of ordered questions.
 */
@Entity
@Table(name = "plan_stage")
public class PlanStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opening_id", nullable = false)
    private Opening opening;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = Limits.STAGE_NAME)
    private String name;

    @Column(nullable = false)
    private int minutes;

    @OneToMany(mappedBy = "stage", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<StageQuestion> questions = new ArrayList<>();

    protected PlanStage() {}

    PlanStage(Opening opening, int position, String name, int minutes) {
        this.opening = opening;
        this.position = position;
        this.name = name;
        this.minutes = minutes;
    }

    void reposition(int newPosition, String newName, int newMinutes) {
        this.position = newPosition;
        this.name = newName;
        this.minutes = newMinutes;
    }

    /**
     * @return whether the questions, their versions, order or budgets changed
     */
    boolean replaceQuestions(List<Plan.Pin> pins) {
        if (sameAs(pins)) {
            return false;
        }
        questions.clear();
        for (int i = 0; i < pins.size(); i++) {
            Plan.Pin pin = pins.get(i);
            questions.add(
                    new StageQuestion(this, i + 1, pin.question(), pin.version(), pin.minutes()));
        }
        return true;
    }

    private boolean sameAs(List<Plan.Pin> pins) {
        if (pins.size() != questions.size()) {
            return false;
        }
        for (int i = 0; i < pins.size(); i++) {
            StageQuestion current = questions.get(i);
            Plan.Pin pin = pins.get(i);
            if (current.getVersion() != pin.version() || current.getMinutes() != pin.minutes()) {
                return false;
            }
        }
        return true;
    }

    /** The sum of the questions' time budgets, to compare with the stage's length. */
    public int getBudgetedMinutes() {
        return questions.stream().mapToInt(StageQuestion::getMinutes).sum();
    }

    public boolean isOverBudget() {
        return getBudgetedMinutes() > minutes;
    }

    public List<QuestionVersion> getVersions() {
        return questions.stream().map(StageQuestion::getVersion).toList();
    }

    public Long getId() {
        return id;
    }

    public Opening getOpening() {
        return opening;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getMinutes() {
        return minutes;
    }

    public List<StageQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
