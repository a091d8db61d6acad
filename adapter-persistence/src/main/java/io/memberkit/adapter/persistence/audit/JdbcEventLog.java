package io.memberkit.adapter.persistence.audit;

import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.application.port.out.EventLog;
import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.common.OrganizationEvent;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import jakarta.inject.Singleton;

/**
 * The audit trail in {@code audit_events}. Appended in the use case's own transaction, so an event is recorded
 * exactly when its change is. Events of no organization (account events) are kept with a null organization.
 */
@Singleton
@TranslatesSqlFailures
public class JdbcEventLog implements EventLog {
    private final AuditEventRows rows;
    private final AuditEventRowMapper mapper;

    public JdbcEventLog(AuditEventRows rows, AuditEventRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public void append(DomainEvent event) {
        var organization = event instanceof OrganizationEvent about ? about.organization().value() : null;
        var actor = event.actor() == null ? null : event.actor().value();
        rows.append(event.at(), actor, organization, event.type(), event.describe());
    }

    @Override
    public Page<AuditEntry> list(OrganizationId organization, PageRequest page) {
        var items = rows.page(organization.value(), page.pageSize(), page.offset()).stream()
                .map(mapper::toDomain).toList();
        return Page.of(items, page, rows.count(organization.value()));
    }
}
