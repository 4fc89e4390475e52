package dev.candor.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person's choice for one topic; a topic without a row is on. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "username", nullable = false, length = 64)
        private String username;

        @Enumerated(EnumType.STRING)
        @Column(name = "topic", nullable = false, length = 32)
        private Topic topic;

        protected Key() {}

        public Key(String username, Topic topic) {
            this.username = Objects.requireNonNull(username);
            this.topic = Objects.requireNonNull(topic);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.username.equals(username) && key.topic == topic;
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, topic);
        }
    }

    @EmbeddedId private Key key;

    @Column(nullable = false)
    private boolean enabled;

    protected NotificationPreference() {}

    public NotificationPreference(String username, Topic topic, boolean enabled) {
        this.key = new Key(username, topic);
        choose(enabled);
    }

    /** Only optional topics can be switched off. */
    public void choose(boolean on) {
        if (!on && !key.topic.isOptional()) {
            throw new IllegalArgumentException(key.topic + " cannot be switched off.");
        }
        this.enabled = on;
    }

    public Topic getTopic() {
        return key.topic;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
