package io.memberkit.domain.common;

/** An event about one organization: listed in that organization's audit trail, delivered in order per organization. */
public interface OrganizationEvent extends DomainEvent {
    OrganizationId organization();
}
