package dev.candor.planning.web;

import dev.candor.planning.application.OpeningForm;
import dev.candor.planning.application.OpeningView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An opening's details as typed into a page's form: the new-opening form and the opening's own
 * details form.
 */
public class OpeningDetailsInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String team;
    private String description;
    private List<String> hiringManagers = new ArrayList<>();
    private List<String> keyCompetencies = new ArrayList<>();

    /** The form filled in with what the opening says now. */
    public static OpeningDetailsInput of(OpeningView opening) {
        OpeningDetailsInput input = new OpeningDetailsInput();
        input.title = opening.title();
        input.team = opening.team();
        input.description = opening.description();
        input.hiringManagers = new ArrayList<>(opening.hiringManagers());
        input.keyCompetencies = new ArrayList<>(opening.keyCompetencies());
        return input;
    }

    public OpeningForm toForm() {
        return new OpeningForm(title, team, description, hiringManagers, keyCompetencies);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getHiringManagers() {
        return hiringManagers;
    }

    public void setHiringManagers(List<String> hiringManagers) {
        this.hiringManagers = hiringManagers;
    }

    public List<String> getKeyCompetencies() {
        return keyCompetencies;
    }

    public void setKeyCompetencies(List<String> keyCompetencies) {
        this.keyCompetencies = keyCompetencies;
    }
}
