package dev.candor.scoring.infrastructure;

import dev.candor.scoring.domain.Recommendation;

/**
 * What the demo's interviewers wrote: each in their own voice, about the example the candidate gave
 * on that question, so no two scorecards read word for word alike (as no two real ones do).
 */
final class DemoNotes {

    /** The example a candidate told, per question position (cycled). */
    private static final String[] EXAMPLES = {
        "a refund outside policy",
        "a double-booked delivery",
        "an angry caller about a late order",
        "a system outage with a full queue",
        "a colleague's promise they could not keep",
        "a complaint that reached the director",
    };

    /** Per interviewer (demo panel order), per score 1-5; %s is the example. */
    private static final String[][] NOTES = {
        {
            "Talked about %s but only in general terms (\"I always follow the process\"). "
                    + "No action of their own, no result.",
            "Example: %s. Escalated at once, could not say what they did themselves. "
                    + "Result vague.",
            "Example: %s. Reasonable steps, calmed the customer. Did not look at why it happened.",
            "Example: %s. Owned it, weighed the risk, told the team lead the same day. "
                    + "Customer kept.",
            "Example: %s. Clear ownership from start to end, fixed the cause and wrote to the "
                    + "process owner. Reflective about what they would change.",
        },
        {
            "I asked twice for a real case; the story about %s stayed hypothetical. "
                    + "Nothing I could score above the lowest anchor.",
            "Situation: %s. Task was theirs, but the action was handing it to a supervisor. "
                    + "When probed on the result: \"I think it got sorted\".",
            "Situation: %s. Took sensible action and the customer accepted the offer. Ownership "
                    + "partial; follow-up was left to others.",
            "Situation: %s. Judged the exception carefully, made the call, answered for it. "
                    + "Told their manager but did not push for a change of the rule.",
            "Situation: %s. Specific, calm, and told the people who own the rule so it was "
                    + "reviewed. The best answer I heard this round.",
        },
        {
            "Struggled with %s: no concrete example even after the probes. Friendly, though.",
            "Some detail about %s, but the candidate mostly described what the team did, "
                    + "not their own part.",
            "Decent account of %s. Good intent, a bit light on the result and the lessons.",
            "Really liked the story about %s: ownership, empathy and a clear result. "
                    + "Could have said more about the risk.",
            "Outstanding on %s. Took charge, kept the customer informed and changed the "
                    + "script afterwards. Would love them on the team.",
        },
    };

    /** Per interviewer, per recommendation (strong no, no, yes, strong yes). */
    private static final String[][] SUMMARIES = {
        {
            "No real examples of judgement under pressure. Not for this role.",
            "General answers, ownership unclear. Not ready to lead yet.",
            "Sound judgement in most answers; results sometimes missing. Hire.",
            "Specific, owned the hard calls, reflected on them. Strong hire.",
        },
        {
            "Could not move from hypotheticals to what they actually did; I would not hire.",
            "Pleasant and willing, but the evidence of owning a difficult call is thin.",
            "Solid evidence on most questions; would hire with coaching on follow-up.",
            "Consistently concrete and honest about risk; I would hire without hesitation.",
        },
        {
            "Friendly but nothing to go on; sadly a no from me.",
            "Nice person, but the examples were about the team, not about them.",
            "Good energy and decent examples. Yes.",
            "Brilliant candidate, great stories, would fit the team perfectly. Strong yes!",
        },
    };

    private DemoNotes() {}

    static String notes(int member, int score, int position) {
        String example = EXAMPLES[(position - 1) % EXAMPLES.length];
        return String.format(NOTES[member % NOTES.length][score - 1], example);
    }

    static String summary(int member, Recommendation recommendation) {
        int index =
                switch (recommendation) {
                    case STRONG_NO -> 0;
                    case NO -> 1;
                    case YES -> 2;
                    case STRONG_YES -> 3;
                };
        return SUMMARIES[member % SUMMARIES.length][index];
    }
}
