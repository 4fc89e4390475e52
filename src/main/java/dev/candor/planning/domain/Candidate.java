package dev.candor.planning.domain;

import dev.candor.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** A person considered for one opening. */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opening_id", nullable = false)
    private Opening opening;

    @Column(nullable = false, length = Limits.CANDIDATE_NAME)
    private String name;

    @Column(nullable = false, length = Limits.EMAIL)
    private String email;

    @Column(length = Limits.PHONE)
    private String phone;

    @Column(length = Limits.NOTES)
    private String notes;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CandidateStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** The profile's links, one per line. */
    @Column(name = "profile_links", length = 2600)
    private String profileLinks;

    @Column(length = CandidateProfile.SOURCE)
    private String source;

    @Version
    @Column(name = "entity_version")
    private long entityVersion;

    protected Candidate() {}

    public Candidate(Opening opening, CandidateDetails details, Instant createdAt) {
        this.opening = Objects.requireNonNull(opening);
        this.status = CandidateStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(createdAt);
        describe(details);
    }

    public void describe(CandidateDetails details) {
        Map<String, String> problems = details.sentences();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.name = details.name();
        this.email = details.email();
        this.phone = details.phone().isEmpty() ? null : details.phone();
        this.notes = details.notes().isEmpty() ? null : details.notes();
        this.timeZone = details.timeZone().isEmpty() ? null : details.timeZone();
    }

    /** Replaces the links and the source the interview kit shows. */
    public void describeProfile(CandidateProfile profile) {
        Map<String, String> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.profileLinks = profile.links().isEmpty() ? null : String.join("\n", profile.links());
        this.source = profile.source().isEmpty() ? null : profile.source();
    }

    public CandidateProfile getProfile() {
        return new CandidateProfile(
                profileLinks == null ? List.of() : List.of(profileLinks.split("\n")), source);
    }

    public void changeStatus(CandidateStatus next) {
        this.status = Objects.requireNonNull(next);
    }

    /**
     * Removes the person's name, e-mail, phone, notes and profile for good (GDPR art. 17). The row
     * stays, under a placeholder that names no one, so the opening's statistics keep their ratings.
     */
    public void erase(Instant now) {
        if (erasedAt != null) {
            throw new IllegalStateException("candidate " + id + " is already erased");
        }
        this.name = "Erased candidate " + id;
        this.email = "erased-" + id + "@erased.invalid";
        this.phone = null;
        this.notes = null;
        this.timeZone = null;
        this.profileLinks = null;
        this.source = null;
        this.erasedAt = Objects.requireNonNull(now);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    /** Whether a text would repeat the person's name or e-mail (it must not, once erased). */
    public boolean isNamedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains(name.toLowerCase(Locale.ROOT))
                || lower.contains(email.toLowerCase(Locale.ROOT));
    }

    public boolean isActive() {
        return status == CandidateStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Opening getOpening() {
        return opening;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getNotes() {
        return notes;
    }

    /** The region id of the zone the candidate lives in, or null when nobody entered one. */
    public String getTimeZone() {
        return timeZone;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
