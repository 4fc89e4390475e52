package dev.candor.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * A quality the hiring team looks for, such as composure; every question gathers evidence for one.
 */
@Entity
@Table(name = "competency")
public class Competency {

    public static final TextRule NAME = new TextRule(100, true);
    public static final TextRule DESCRIPTION = new TextRule(1000, true);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false)
    private boolean active;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected Competency() {}

    public Competency(String name, String description) {
        describe(name, description);
        this.active = true;
    }

    public void describe(String newName, String newDescription) {
        this.name = NAME.require("competency name", newName);
        this.description = DESCRIPTION.require("competency description", newDescription);
    }

    /**
     * Names are compared the way people read them, so "Tact" and "tact " are the same competency.
     */
    public boolean isNamed(String candidate) {
        return name.toLowerCase(Locale.ROOT)
                .equals(TextRule.normalise(candidate).toLowerCase(Locale.ROOT));
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return name;
    }
}
