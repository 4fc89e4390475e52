package dev.candor.audit.web;

import dev.candor.audit.application.AuditPage;
import dev.candor.audit.application.AuditQuery;
import dev.candor.audit.application.AuditTrail;
import dev.candor.audit.domain.AuditEntry;
import dev.candor.audit.domain.ChainVerification;
import dev.candor.identity.web.TimesOnPage;
import dev.candor.shared.infrastructure.web.Text;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Administrators read the audit log, filter it, and check its hash chain. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject private AuditTrail trail;

    /** Days are the reader's days: from midnight to midnight in their zone. */
    @Inject private TimesOnPage times;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String type;
    private int page;
    private transient AuditPage found;
    private ChainVerification.Result verification;

    @PostConstruct
    void load() {
        found =
                trail.search(
                        new AuditQuery(
                                from == null ? null : from.atStartOfDay(times.zone()).toInstant(),
                                to == null
                                        ? null
                                        : to.plusDays(1).atStartOfDay(times.zone()).toInstant(),
                                actor,
                                type,
                                page,
                                PAGE_SIZE));
    }

    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Text.errorAt("filters:to", Text.of("audit.filter.toBeforeFrom"));
            return;
        }
        page = 0;
        load();
    }

    public void next() {
        page++;
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    public void verify() {
        verification = trail.verify();
    }

    public List<AuditEntry> getEntries() {
        return found.entries();
    }

    public long getTotal() {
        return found.total();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < found.total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public int getPageNumber() {
        return page + 1;
    }

    public ChainVerification.Result getVerification() {
        return verification;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
