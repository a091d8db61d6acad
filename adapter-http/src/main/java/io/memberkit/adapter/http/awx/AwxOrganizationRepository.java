package io.memberkit.adapter.http.awx;

import java.time.Instant;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.membership.DeclaredDomain;
import io.memberkit.domain.membership.JoinPolicy;
import static io.memberkit.adapter.http.awx.AwxClient.API;

import io.memberkit.adapter.http.awx.mapping.AwxOrganizationMapper;
import io.memberkit.adapter.http.awx.mapping.AwxValues;
import io.memberkit.adapter.http.awx.wire.AwxOrganization;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.OrganizationRepository;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.Organization;
import io.micronaut.core.type.Argument;
import java.util.List;
import java.util.Optional;

/**
 * Organizations over AWX's {@code /api/v2/organizations/}.
 * <ul>
 *   <li>{@code find} is {@code GET /api/v2/organizations/N/}, a 404 being empty; an id that is not AWX's is empty
 *       without a call.</li>
 *   <li>{@code findBySlug}: AWX has no slugs, and a slug cannot be turned back into a name, so the organizations
 *       are walked (one page held at a time, following {@code next}) until one's name gives that slug.</li>
 *   <li>{@code list}: {@code q} is AWX's {@code search}, {@code name} its {@code name__iexact}; sorts by name,
 *       creation and modification. AWX has no badges, SIRET, datasets, reuses, followers or views: filtering or
 *       sorting by them is {@code NotSupported} rather than an answer that quietly ignores the filter.</li>
 *   <li>Creating, editing and deleting organizations, and badges, are {@code NotSupported}: memberkit manages
 *       AWX's members, not its organizations.</li>
 * </ul>
 */
public final class AwxOrganizationRepository implements OrganizationRepository {
    private static final String PROVIDER = AwxConfiguration.PROVIDER;
    private static final AwxOrganizationMapper MAPPER = AwxOrganizationMapper.INSTANCE;
    private static final Argument<AwxOrganization> ORGANIZATION = Argument.of(AwxOrganization.class);
    private final AwxClient client;

    AwxOrganizationRepository(AwxClient client) {
        this.client = client;
    }

    private static BackendFailure.NotSupported no(String operation) {
        return new BackendFailure.NotSupported(operation, PROVIDER);
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return AwxValues.IDS.number(id).flatMap(number -> client.find(
                RemoteCall.get(API + "/organizations/{}/", number), ORGANIZATION, MAPPER::toDomain));
    }

    @Override
    public Optional<Organization> findBySlug(Slug slug) {
        try (var all = client.walk(RemoteCall.get(API + "/organizations/").query("order_by", "id"),
                AwxOrganization.class, MAPPER::toDomain)) {
            return all.filter(o -> o.slug().equals(slug)).findFirst();
        }
    }

    /** Nothing to hold on a remote: AWX serializes concurrent changes of a role's members itself. */
    @Override
    public Optional<Organization> findForMembershipChange(OrganizationId id) {
        return find(id);
    }

    @Override
    public boolean slugExists(Slug slug) {
        return findBySlug(slug).isPresent();
    }

    @Override
    public Page<Organization> list(OrganizationQuery query, PageRequest page) {
        if (query.badge().isPresent()) {
            throw no("filtering organizations by badge");
        }
        if (query.businessNumber().isPresent()) {
            throw no("filtering organizations by SIRET");
        }
        var orderBy = orderBy(query.sort());
        return client.page(() -> RemoteCall.get(API + "/organizations/").query("search", query.q())
                .query("name__iexact", query.name()).query("order_by", orderBy), AwxOrganization.class, page,
                MAPPER::toDomain);
    }

    static String orderBy(SortOrder<OrganizationQuery.OrganizationSort> sort) {
        var field = switch (sort.field()) {
            case NAME -> "name";
            case CREATED -> "created";
            case LAST_MODIFIED -> "modified";
            case REUSES, DATASETS, FOLLOWERS, VIEWS -> throw no("sorting organizations by "
                    + sort.field().name().toLowerCase(java.util.Locale.ROOT));
        };
        return (sort.descending() ? "-" : "") + field + ",id";
    }

    @Override
    public List<Organization> suggest(String prefix, int size) {
        return client.page(() -> RemoteCall.get(API + "/organizations/").query("name__istartswith", prefix)
                .query("order_by", "name").field("q"), AwxOrganization.class, PageRequest.first(size),
                MAPPER::toDomain).items();
    }

    @Override
    public Organization create(Organization organization, Member founder) {
        throw no("creating organizations");
    }

    @Override
    public void update(Organization organization) {
        throw no("editing organizations");
    }

    @Override
    public void markDeleted(Organization deleted) {
        throw no("deleting organizations");
    }

    @Override
    public void addBadge(OrganizationId organization, Badge badge) {
        throw no("badges");
    }

    @Override
    public void removeBadge(OrganizationId organization, Badge badge) {
        throw no("badges");
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
