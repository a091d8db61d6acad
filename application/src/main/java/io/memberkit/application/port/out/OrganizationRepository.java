package io.memberkit.application.port.out;

import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.membership.DeclaredDomain;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.Organization;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The organizations. Writes name what happened, so a remote adapter can call the matching endpoint. */
public interface OrganizationRepository {
    /** Deleted organizations are returned too: callers decide whether they are gone. */
    Optional<Organization> find(OrganizationId id);

    Optional<Organization> findBySlug(Slug slug);

    /**
     * Whether the organization exists and is deleted, without reading it (a page of members needs no more). A
     * database answers from the key alone; a remote API reads the organization as {@link #find} does.
     */
    default Optional<OrganizationState> state(OrganizationId id) {
        return find(id).map(o -> o.isDeleted() ? OrganizationState.DELETED : OrganizationState.LIVE);
    }

    /**
     * Loads an organization whose members are about to change and holds it until the unit of work ends, so two
     * concurrent changes of its members are serialized (the last-admin rule and "accepted at most once" hold
     * under concurrency). A remote adapter has nothing to hold: the remote serializes.
     */
    Optional<Organization> findForMembershipChange(OrganizationId id);

    boolean slugExists(Slug slug);

    /** Organizations not deleted, filtered, sorted and paged by the store. */
    Page<Organization> list(OrganizationQuery query, PageRequest page);

    /** Up to {@code size} organizations whose name, acronym or slug starts with {@code prefix}, case-insensitive. */
    List<Organization> suggest(String prefix, int size);

    /** A new organization with its first admin, its creator; returned as stored (a remote assigns its own id). */
    Organization create(Organization organization, Member founder);

    void update(Organization organization);

    void markDeleted(Organization deleted);

    void addBadge(OrganizationId organization, Badge badge);

    void removeBadge(OrganizationId organization, Badge badge);

    /** The domains the organization declared (verified or not) and its default join role; {@code NONE} if unset. */
    JoinPolicy joinPolicy(OrganizationId organization);

    void declareDomain(OrganizationId organization, DeclaredDomain domain);

    void removeDomain(OrganizationId organization, EmailDomain domain);

    void markDomainVerified(OrganizationId organization, EmailDomain domain, Instant at);

    void changeDefaultJoinRole(OrganizationId organization, MemberRole role);
}
