package dev.candor.audit.application;

import dev.candor.audit.domain.AuditEntry;
import java.util.List;

/** One page of audit entries, newest first, and how many match in all. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {}
