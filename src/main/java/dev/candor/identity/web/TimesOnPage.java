package dev.candor.identity.web;

import dev.candor.identity.application.DisplayedTime;
import dev.candor.identity.application.TimeZones;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Times on pages, as {@code #{when.dateTime(x)}}: in the signed-in person's zone and in the format
 * of the browser's locale (see {@link DisplayedTime}). Faces' own converter cannot format {@link
 * Instant}. Times people enter are read in the same zone.
 */
@Named("when")
@RequestScoped
public class TimesOnPage {

    @Inject private TimeZones zones;

    private ZoneId zone;

    public String dateTime(Instant instant) {
        return DisplayedTime.of(instant, zone(), locale());
    }

    /**
     * "also 9:00 AM in America/New_York (candidate)" next to an interview's time, or nothing when
     * the candidate has no zone.
     */
    public String forCandidate(Instant instant, String zoneId) {
        Optional<ZoneId> other = TimeZones.known(zoneId);
        if (instant == null || other.isEmpty()) {
            return "";
        }
        return Text.of(
                "time.candidate",
                DisplayedTime.timeOfDay(instant, other.get(), locale()),
                other.get().getId());
    }

    /** The zone the signed-in person reads and enters times in. */
    public ZoneId zone() {
        if (zone == null) {
            zone = zones.ofCaller();
        }
        return zone;
    }

    /** A time someone entered, read in their zone. */
    public Instant entered(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    /** A stored time as the date picker shows it, in the person's zone. */
    public LocalDateTime forEntry(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null ? null : faces.getExternalContext().getRequestLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
