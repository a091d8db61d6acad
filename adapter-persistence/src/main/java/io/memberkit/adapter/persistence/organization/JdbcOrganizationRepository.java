package io.memberkit.adapter.persistence.organization;

import io.memberkit.adapter.persistence.common.PagedSql;
import io.memberkit.adapter.persistence.common.PrefixRange;
import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.adapter.persistence.common.Values;
import io.memberkit.adapter.persistence.membership.MemberRowMapper;
import io.memberkit.adapter.persistence.membership.MemberRows;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.OrganizationRepository;
import io.memberkit.application.port.out.OrganizationState;
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
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Organizations in {@code organizations} and {@code organization_badges}.
 *
 * <p>{@link #findForMembershipChange} reads the organization with {@code SELECT ... FOR UPDATE}: the row stays
 * locked until the unit of work commits or rolls back. Every change of an organization's members (invite, accept,
 * change a role, remove, leave, delete an account) takes that lock first, so two such changes of one organization
 * run one after the other. The second one then reads the admin count and the request's status as the first one
 * left them (READ COMMITTED reads what is committed when each statement starts), which is how "an organization
 * keeps one admin" and "an invitation is accepted at most once" hold under concurrency. Changes to different
 * organizations do not wait for each other. A lock that cannot be had in time surfaces as a retry-able
 * {@code Conflict}.
 */
@Singleton
@TranslatesSqlFailures
public class JdbcOrganizationRepository implements OrganizationRepository {
    /** uData's sorts, as columns: each has an index or is cheap to sort within the filtered rows. */
    private static final Map<OrganizationQuery.OrganizationSort, String> SORT_COLUMNS = Map.of(
            OrganizationQuery.OrganizationSort.NAME, "name_lc",
            OrganizationQuery.OrganizationSort.REUSES, "reuses_count",
            OrganizationQuery.OrganizationSort.DATASETS, "datasets_count",
            OrganizationQuery.OrganizationSort.FOLLOWERS, "followers_count",
            OrganizationQuery.OrganizationSort.VIEWS, "views_count",
            OrganizationQuery.OrganizationSort.CREATED, "created",
            OrganizationQuery.OrganizationSort.LAST_MODIFIED, "last_modified");

    private final OrganizationRows rows;
    private final JdbcOperations jdbc;
    private final BadgeRows badges;
    private final OrganizationDomainRows domains;
    private final MemberRows members;
    private final OrganizationRowMapper mapper;
    private final MemberRowMapper memberMapper;
    private final PagedSql pagedSql;
    private final Clock clock;

    public JdbcOrganizationRepository(OrganizationRows rows, BadgeRows badges, OrganizationDomainRows domains,
                                      MemberRows members, OrganizationRowMapper mapper, MemberRowMapper memberMapper,
                                      PagedSql pagedSql, JdbcOperations jdbc, Clock clock) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.badges = badges;
        this.domains = domains;
        this.members = members;
        this.mapper = mapper;
        this.memberMapper = memberMapper;
        this.pagedSql = pagedSql;
        this.clock = clock;
    }

    /** One statement, badges joined: every use case on an organization starts here. */
    @Override
    public Optional<Organization> find(OrganizationId id) {
        var found = rows.findWithBadges(id.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var badges = EnumSet.noneOf(Badge.class);
        found.stream().map(OrganizationBadgeRow::badge).filter(Objects::nonNull).map(Values::badge)
                .forEach(badges::add);
        return Optional.of(mapper.toDomain(found.get(0).organization(), badges));
    }

    /** One column by the key, in plain JDBC: the member page's check, which reading the whole row made dearer. */
    @Override
    @Connectable
    public Optional<OrganizationState> state(OrganizationId id) {
        return jdbc.prepareStatement("SELECT deleted IS NULL FROM organizations WHERE id = ?", statement -> {
            statement.setString(1, id.value());
            try (var found = statement.executeQuery()) {
                return found.next() ? Optional.of(found.getBoolean(1) ? OrganizationState.LIVE
                        : OrganizationState.DELETED) : Optional.<OrganizationState>empty();
            }
        });
    }

    @Override
    public Optional<Organization> findBySlug(Slug slug) {
        return rows.findBySlug(slug.value()).map(this::withBadges);
    }

    @Override
    public Optional<Organization> findForMembershipChange(OrganizationId id) {
        return rows.lock(id.value()).map(this::withBadges);
    }

    @Override
    public boolean slugExists(Slug slug) {
        return rows.existsBySlug(slug.value());
    }

    @Override
    public Page<Organization> list(OrganizationQuery query, PageRequest page) {
        var where = new StringBuilder("deleted IS NULL");
        var parameters = new ArrayList<Object>();
        query.q().ifPresent(q -> {
            var range = PrefixRange.of(q);
            where.append(" AND id IN (SELECT id FROM organizations WHERE name_lc >= ? AND name_lc < ?"
                    + " UNION SELECT id FROM organizations WHERE acronym_lc >= ? AND acronym_lc < ?"
                    + " UNION SELECT id FROM organizations WHERE slug >= ? AND slug < ?)");
            for (int i = 0; i < 3; i++) {
                parameters.add(range.from());
                parameters.add(range.to());
            }
        });
        query.badge().ifPresent(badge -> {
            where.append(" AND id IN (SELECT organization_id FROM organization_badges WHERE badge = ?)");
            parameters.add(Values.code(badge));
        });
        query.name().ifPresent(name -> {
            where.append(" AND name_lc = ?");
            parameters.add(name.toLowerCase(Locale.ROOT));
        });
        query.businessNumber().ifPresent(number -> {
            where.append(" AND business_number_id = ?");
            parameters.add(number.value());
        });
        var orderBy = SORT_COLUMNS.get(query.sort().field()) + (query.sort().descending() ? " DESC" : " ASC")
                + ", id ASC";
        var found = pagedSql.page(OrganizationRow.class, "organizations", where.toString(), parameters, orderBy,
                page);
        var badgesById = badgesOf(found.items());
        return found.map(row -> mapper.toDomain(row, badgesById.getOrDefault(row.id(), Set.of())));
    }

    @Override
    public List<Organization> suggest(String prefix, int size) {
        var range = PrefixRange.of(prefix);
        var found = rows.suggest(range.from(), range.to(), size);
        var badgesById = badgesOf(found);
        return found.stream().map(row -> mapper.toDomain(row, badgesById.getOrDefault(row.id(), Set.of()))).toList();
    }

    @Override
    public Organization create(Organization organization, Member founder) {
        var row = mapper.toRow(organization);
        rows.save(row);
        organization.badges().forEach(badge -> badges.add(organization.id().value(), Values.code(badge)));
        members.save(memberMapper.toRow(founder));
        // the founder is the one member, whether or not the given metrics counted them already
        rows.addMembers(organization.id().value(), 1 - row.membersCount());
        return find(organization.id()).orElseThrow();
    }

    @Override
    public void update(Organization organization) {
        var row = mapper.toRow(organization);
        rows.updateDetails(row.id(), row.name(), row.acronym(), row.description(), row.url(), row.logo(),
                row.businessNumberId(), row.lastModified());
    }

    @Override
    public void markDeleted(Organization deleted) {
        rows.markDeleted(deleted.id().value(), deleted.deleted(), deleted.lastModified());
    }

    @Override
    public void addBadge(OrganizationId organization, Badge badge) {
        badges.add(organization.value(), Values.code(badge));
        rows.touch(organization.value(), clock.instant());
    }

    @Override
    public void removeBadge(OrganizationId organization, Badge badge) {
        badges.remove(organization.value(), Values.code(badge));
        rows.touch(organization.value(), clock.instant());
    }

    @Override
    public JoinPolicy joinPolicy(OrganizationId organization) {
        var role = rows.defaultJoinRole(organization.value()).map(Values::role).orElse(MemberRole.EDITOR);
        var declared = domains.of(organization.value()).stream()
                .map(row -> new DeclaredDomain(new EmailDomain(row.id().domain()), row.declaredOn(), row.verifiedOn()))
                .toList();
        return new JoinPolicy(declared, role);
    }

    @Override
    public void declareDomain(OrganizationId organization, DeclaredDomain domain) {
        domains.save(new OrganizationDomainRow(new OrganizationDomainKey(organization.value(), domain.domain().value()),
                domain.declaredOn(), domain.verifiedOn()));
    }

    @Override
    public void removeDomain(OrganizationId organization, EmailDomain domain) {
        domains.remove(organization.value(), domain.value());
    }

    @Override
    public void markDomainVerified(OrganizationId organization, EmailDomain domain, Instant at) {
        domains.markVerified(organization.value(), domain.value(), at);
    }

    @Override
    public void changeDefaultJoinRole(OrganizationId organization, MemberRole role) {
        rows.changeDefaultJoinRole(organization.value(), Values.code(role));
    }

    private Organization withBadges(OrganizationRow row) {
        return mapper.toDomain(row, badgesOf(List.of(row)).getOrDefault(row.id(), Set.of()));
    }

    /** The badges of a page of organizations, in one statement. */
    private Map<String, Set<Badge>> badgesOf(List<OrganizationRow> organizations) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        return badges.of(organizations.stream().map(OrganizationRow::id).toList()).stream()
                .collect(Collectors.groupingBy(row -> row.id().organizationId(),
                        Collectors.mapping(mapper::badge, Collectors.toCollection(() -> EnumSet.noneOf(Badge.class)))));
    }
}
