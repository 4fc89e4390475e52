package dev.candor.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A person on an interview's panel. Someone removed after they started scoring stays, marked
 * withdrawn, so their scorecard is never silently lost.
 */
@Entity
@Table(name = "interview_panel_member")
public class PanelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "interview_id", nullable = false)
    private Interview interview;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected PanelMember() {}

    PanelMember(Interview interview, String username) {
        this.interview = interview;
        this.username = username;
    }

    void withdraw(Instant at) {
        withdrawn = true;
        withdrawnAt = at;
    }

    void reinstate() {
        withdrawn = false;
        withdrawnAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public Optional<Instant> getWithdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }
}
