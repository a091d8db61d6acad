package io.memberkit.adapter.http.isogeo;

import java.time.Instant;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.membership.DeclaredDomain;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.adapter.http.isogeo.mapping.IsogeoOrganizationMapper;
import io.memberkit.adapter.http.isogeo.mapping.IsogeoValues;
import io.memberkit.adapter.http.isogeo.wire.IsogeoMembership;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.OrganizationRepository;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.Organization;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Workgroups over Isogeo, which shows a token the workgroups of its owner only, in
 * {@code GET /account/memberships}. {@code find} and {@code findBySlug} look there; a workgroup the owner is not a
 * member of is a question Isogeo cannot answer here ({@code NotSupported}), and an id that is not Isogeo's is
 * empty, without a call. Lists over all workgroups and every write are {@code NotSupported}.
 */
public final class IsogeoOrganizationRepository implements OrganizationRepository {
    private static final String PROVIDER = IsogeoConfiguration.PROVIDER;
    private final IsogeoClient client;

    IsogeoOrganizationRepository(IsogeoClient client) {
        this.client = client;
    }

    private static BackendFailure.NotSupported no(String operation) {
        return new BackendFailure.NotSupported(operation, PROVIDER);
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        if (IsogeoValues.IDS.local(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mine(m -> sameGroup(m, id)));
    }

    @Override
    public Optional<Organization> findBySlug(Slug slug) {
        return Optional.of(mine(m -> IsogeoValues.groupSlug(m.group()).equals(slug)));
    }

    /** The first of the owner's workgroups that matches, or {@code NotSupported}. */
    private Organization mine(Predicate<IsogeoMembership> wanted) {
        return client.memberships(list -> list.stream().filter(m -> m.group() != null && m.group().id() != null)
                .filter(wanted).findFirst().map(m -> IsogeoOrganizationMapper.INSTANCE.toDomain(m.group())))
                .orElseThrow(() -> no("reading a workgroup the token's owner is not a member of"));
    }

    /** Nothing to hold on a remote; every membership change is refused anyway. */
    @Override
    public Optional<Organization> findForMembershipChange(OrganizationId id) {
        return find(id);
    }

    @Override
    public boolean slugExists(Slug slug) {
        throw no("organization slugs (creating organizations)");
    }

    @Override
    public Page<Organization> list(OrganizationQuery query, PageRequest page) {
        throw no("listing all workgroups");
    }

    @Override
    public List<Organization> suggest(String prefix, int size) {
        throw no("suggesting workgroups");
    }

    @Override
    public Organization create(Organization organization, Member founder) {
        throw no("creating workgroups");
    }

    @Override
    public void update(Organization organization) {
        throw no("editing workgroups");
    }

    @Override
    public void markDeleted(Organization deleted) {
        throw no("deleting workgroups");
    }

    @Override
    public void addBadge(OrganizationId organization, Badge badge) {
        throw no("badges");
    }

    @Override
    public void removeBadge(OrganizationId organization, Badge badge) {
        throw no("badges");
    }

    static boolean sameGroup(IsogeoMembership membership, OrganizationId id) {
        return membership.group() != null && Objects.equals(IsogeoValues.organizationId(membership.group().id()), id);
    }

    /** No email domains on this provider: membership requests (where any) wait for an admin. */
    @Override
    public JoinPolicy joinPolicy(OrganizationId organization) {
        return JoinPolicy.NONE;
    }

    @Override
    public void declareDomain(OrganizationId organization, DeclaredDomain domain) {
        throw no("declaring an email domain");
    }

    @Override
    public void removeDomain(OrganizationId organization, EmailDomain domain) {
        throw no("removing an email domain");
    }

    @Override
    public void markDomainVerified(OrganizationId organization, EmailDomain domain, Instant at) {
        throw no("verifying an email domain");
    }

    @Override
    public void changeDefaultJoinRole(OrganizationId organization, MemberRole role) {
        throw no("a default join role");
    }
}
