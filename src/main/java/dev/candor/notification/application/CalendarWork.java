package dev.candor.notification.application;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * What one transaction has already sent about interviews, so that the several planning events of
 * one change (moved and a panel member added; cancelled and every member removed) make one e-mail
 * per person.
 */
@TransactionScoped
public class CalendarWork implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> cancelled = new HashSet<>();
    private final Set<String> invited = new HashSet<>();

    public void cancelled(long interviewId) {
        cancelled.add(interviewId);
    }

    public boolean isCancelled(long interviewId) {
        return cancelled.contains(interviewId);
    }

    /** Records that the person hears about the interview in this transaction; false if again. */
    public boolean firstFor(long interviewId, String username) {
        return invited.add(interviewId + ":" + username);
    }
}
