package dev.candor.planning.web;

import dev.candor.identity.application.Caller;
import dev.candor.identity.domain.Role;
import dev.candor.planning.application.Interviews;
import dev.candor.planning.application.MyWork;
import dev.candor.planning.application.OpeningView;
import dev.candor.planning.application.Openings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Planning's home page panels: a hiring manager's openings, an interviewer's interviews. */
@Named
@RequestScoped
public class PlanningHome {

    @Inject private Openings openings;

    @Inject private Interviews interviews;

    @Inject private Caller caller;

    private List<OpeningView> myOpenings;
    private MyWork myWork;

    public List<OpeningView> getMyOpenings() {
        if (myOpenings == null) {
            myOpenings =
                    caller.hasAnyRole(Role.HIRING_MANAGER, Role.RECRUITER, Role.ADMIN)
                            ? openings.list()
                            : List.of();
        }
        return myOpenings;
    }

    public MyWork getMyWork() {
        if (myWork == null) {
            myWork = interviews.myWork();
        }
        return myWork;
    }
}
