package io.memberkit.adapter.http.udata;

import java.time.Instant;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.membership.DeclaredDomain;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.adapter.http.common.RemoteCall;
import io.memberkit.adapter.http.udata.mapping.UdataOrganizationMapper;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.adapter.http.udata.wire.UdataBadge;
import io.memberkit.adapter.http.udata.wire.UdataOrganization;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationSuggestion;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.OrganizationRepository;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.organization.Organization;
import io.micronaut.core.type.Argument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Organizations over uData's {@code /organizations/}. Reads ask for the organization without its members
 * ({@code X-Fields}), which can be thousands: members are {@link UdataMemberRepository}'s business.
 * <ul>
 *   <li>A deleted organization answers 410 without a payload (unless the key's owner is a member), so {@code find}
 *       throws {@code Gone} then.</li>
 *   <li>{@code findForMembershipChange} is a plain read: there is nothing to hold on a remote, uData serializes
 *       concurrent changes itself.</li>
 *   <li>{@code create}: uData makes the API key's owner the first admin; {@code founder} is that person when the
 *       actor is the key's owner, the only case online mode has.</li>
 *   <li>{@code suggest}: suggestions carry no dates, so each (20 at most) is read in full, members left out.</li>
 * </ul>
 */
public final class UdataOrganizationRepository implements OrganizationRepository {
    private static final UdataOrganizationMapper MAPPER = UdataOrganizationMapper.INSTANCE;
    private static final Argument<UdataOrganization> ORGANIZATION = Argument.of(UdataOrganization.class);
    private final UdataClient client;

    UdataOrganizationRepository(UdataClient client) {
        this.client = client;
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return byIdOrSlug(id.value());
    }

    @Override
    public Optional<Organization> findBySlug(Slug slug) {
        return byIdOrSlug(slug.value());
    }

    private Optional<Organization> byIdOrSlug(String idOrSlug) {
        return client.find(RemoteCall.get("/organizations/{}/", idOrSlug)
                .header("X-Fields", UdataClient.ORGANIZATION_FIELDS), ORGANIZATION, MAPPER::toDomain);
    }

    @Override
    public Optional<Organization> findForMembershipChange(OrganizationId id) {
        return find(id);
    }

    @Override
    public boolean slugExists(Slug slug) {
        try {
            client.execute(RemoteCall.get("/organizations/{}/", slug.value()).header("X-Fields", "id"));
            return true;
        } catch (NotFound absent) {
            return false;
        } catch (Gone deleted) {
            return true;
        }
    }

    @Override
    public Page<Organization> list(OrganizationQuery query, PageRequest page) {
        return client.page(listCall(query), UdataOrganization.class, page, MAPPER::toDomain);
    }

    /** Every organization matching {@code query}, lazily, one page held at a time: for syncs. */
    public Stream<Organization> stream(OrganizationQuery query, int pageSize) {
        return client.walk(link -> link.map(q -> RemoteCall.get("/organizations/").queryOf(q)
                                .header("X-Fields", "data{" + UdataClient.ORGANIZATION_FIELDS + "},page,page_size,"
                                        + "total,next_page,previous_page"))
                        .orElseGet(() -> listCall(query).query("page", 1).query("page_size", pageSize)),
                UdataOrganization.class, MAPPER::toDomain);
    }

    private static RemoteCall listCall(OrganizationQuery query) {
        return RemoteCall.get("/organizations/")
                .query("q", query.q())
                .query("sort", sort(query.sort()))
                .query("badge", query.badge().map(UdataValues::badge))
                .query("name", query.name())
                .query("business_number_id", query.businessNumber().map(BusinessNumber::value))
                .header("X-Fields", "data{" + UdataClient.ORGANIZATION_FIELDS + "},page,page_size,total,next_page,"
                        + "previous_page");
    }

    static String sort(SortOrder<OrganizationQuery.OrganizationSort> sort) {
        return (sort.descending() ? "-" : "") + sort.field().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Organization> suggest(String prefix, int size) {
        var suggestions = client.read(RemoteCall.get("/organizations/suggest/").query("q", prefix)
                .query("size", size).field("q"), Argument.listOf(UdataOrganizationSuggestion.class));
        return suggestions.stream().filter(s -> s.id() != null).limit(size)
                .flatMap(s -> findQuietly(new OrganizationId(s.id())).stream())
                .toList();
    }

    private Optional<Organization> findQuietly(OrganizationId id) {
        try {
            return find(id);
        } catch (Gone gone) {
            return Optional.empty();
        }
    }

    @Override
    public Organization create(Organization organization, Member founder) {
        return client.read(RemoteCall.post("/organizations/").body(MAPPER.toWrite(organization)), ORGANIZATION,
                MAPPER::toDomain);
    }

    @Override
    public void update(Organization organization) {
        client.execute(RemoteCall.put("/organizations/{}/", organization.id().value())
                .body(MAPPER.toWrite(organization)));
    }

    @Override
    public void markDeleted(Organization deleted) {
        client.execute(RemoteCall.delete("/organizations/{}/", deleted.id().value()));
    }

    @Override
    public void addBadge(OrganizationId organization, Badge badge) {
        client.execute(RemoteCall.post("/organizations/{}/badges/", organization.value())
                .body(new UdataBadge(UdataValues.badge(badge))).field("kind"));
    }

    @Override
    public void removeBadge(OrganizationId organization, Badge badge) {
        client.execute(RemoteCall.delete("/organizations/{}/badges/{}/", organization.value(),
                UdataValues.badge(badge)));
    }

    /** uData knows no email domains: every membership request waits for an admin, as uData's own do. */
    @Override
    public JoinPolicy joinPolicy(OrganizationId organization) {
        return JoinPolicy.NONE;
    }

    @Override
    public void declareDomain(OrganizationId organization, DeclaredDomain domain) {
        throw new BackendFailure.NotSupported("declaring an email domain", UdataConfiguration.PROVIDER);
    }

    @Override
    public void removeDomain(OrganizationId organization, EmailDomain domain) {
        throw new BackendFailure.NotSupported("removing an email domain", UdataConfiguration.PROVIDER);
    }

    @Override
    public void markDomainVerified(OrganizationId organization, EmailDomain domain, Instant at) {
        throw new BackendFailure.NotSupported("verifying an email domain", UdataConfiguration.PROVIDER);
    }

    @Override
    public void changeDefaultJoinRole(OrganizationId organization, MemberRole role) {
        throw new BackendFailure.NotSupported("a default join role", UdataConfiguration.PROVIDER);
    }
}
