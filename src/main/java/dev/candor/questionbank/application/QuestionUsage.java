package dev.candor.questionbank.application;

/**
 * Where questions are used, as the question bank needs to know it: a question that an interview
 * plan uses gets a new version when edited, even as a draft, and its page lists the plans.
 *
 * <p>The question bank ships {@link NoQuestionUsage}, which says "not in use". The planning
 * capability replaces it without any change here by declaring its own implementation an enabled
 * alternative:
 *
 * <pre>{@code
 * @ApplicationScoped
 * @Alternative
 * @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 10)
 * public class PlannedQuestionUsage implements QuestionUsage { ... }
 * }</pre>
 *
 * CDI then injects the alternative wherever {@code QuestionUsage} is asked for
 * (docs/question-bank.md).
 */
public interface QuestionUsage {

    boolean isInUse(long questionId);

    /**
     * What uses the question, in words a recruiter recognises (such as plan names); empty when
     * unused.
     */
    java.util.List<String> usedBy(long questionId);
}
