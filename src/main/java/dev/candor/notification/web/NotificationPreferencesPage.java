package dev.candor.notification.web;

import dev.candor.notification.application.NotificationPreferences;
import dev.candor.notification.domain.Topic;
import dev.candor.shared.domain.InvalidInputException;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "My account" → "E-mail from Candor": what is sent to the person and their choices. */
@Named
@ViewScoped
public class NotificationPreferencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private NotificationPreferences preferences;

    private String email;
    private boolean mailConfigured;
    private List<Row> rows;

    /** One topic as the form edits it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Topic topic;
        private final boolean optional;
        private boolean enabled;

        Row(NotificationPreferences.Choice choice) {
            this.topic = choice.topic();
            this.optional = choice.optional();
            this.enabled = choice.enabled();
        }

        public Topic getTopic() {
            return topic;
        }

        public String getKey() {
            return topic.name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean isOptional() {
            return optional;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled || !optional;
        }
    }

    @PostConstruct
    void load() {
        NotificationPreferences.Overview overview = preferences.mine();
        email = overview.email();
        mailConfigured = overview.mailConfigured();
        rows = overview.choices().stream().map(Row::new).toList();
    }

    public void save() {
        try {
            for (Row row : rows) {
                if (row.isOptional()) {
                    preferences.choose(row.getTopic(), row.isEnabled());
                }
            }
            Text.info("notification.preferences.saved");
        } catch (InvalidInputException e) {
            Text.problems("notifications", e.problems());
        }
    }

    public String getEmail() {
        return email;
    }

    public boolean isMailConfigured() {
        return mailConfigured;
    }

    public List<Row> getRows() {
        return rows;
    }
}
