package io.memberkit.adapter.persistence.membership;

import io.memberkit.adapter.persistence.assignment.AssignmentRows;
import io.memberkit.adapter.persistence.common.NamedStatement;
import io.memberkit.adapter.persistence.common.PagedSql;
import io.memberkit.adapter.persistence.common.PrefixRange;
import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.adapter.persistence.common.Values;
import io.memberkit.adapter.persistence.organization.OrganizationRows;
import io.memberkit.adapter.persistence.user.UserRowMapper;
import io.memberkit.adapter.persistence.user.UserRow;
import io.memberkit.adapter.persistence.user.UserRows;
import io.memberkit.application.port.out.MemberFilter;
import io.memberkit.application.port.out.MemberRepository;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.permission.EditRights;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Members in {@code members}; a member's assignments never outlive their partial_editor role. */
@Singleton
@TranslatesSqlFailures
public class JdbcMemberRepository implements MemberRepository {
    private static final NamedStatement EDIT_RIGHTS = NamedStatement.of(MemberRows.EDIT_RIGHTS);
    private static final NamedStatement PAGE_FIRST = NamedStatement.of(MemberRows.PAGE_FIRST);
    private static final NamedStatement PAGE_AFTER = NamedStatement.of(MemberRows.PAGE_AFTER);
    private static final NamedStatement PAGE_OF_ROLE_FIRST = NamedStatement.of(MemberRows.PAGE_OF_ROLE_FIRST);
    private static final NamedStatement PAGE_OF_ROLE_AFTER = NamedStatement.of(MemberRows.PAGE_OF_ROLE_AFTER);

    private final MemberRows rows;
    private final UserRows users;
    private final AssignmentRows assignments;
    private final OrganizationRows organizations;
    private final MemberRowMapper mapper;
    private final UserRowMapper userMapper;
    private final PagedSql pagedSql;
    private final JdbcOperations jdbc;

    public JdbcMemberRepository(MemberRows rows, UserRows users, AssignmentRows assignments,
                                OrganizationRows organizations, MemberRowMapper mapper, UserRowMapper userMapper,
                                PagedSql pagedSql, JdbcOperations jdbc) {
        this.rows = rows;
        this.users = users;
        this.assignments = assignments;
        this.organizations = organizations;
        this.mapper = mapper;
        this.userMapper = userMapper;
        this.pagedSql = pagedSql;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Member> find(OrganizationId organization, UserId user) {
        return rows.findById(new MemberKey(organization.value(), user.value())).map(mapper::toDomain);
    }

    /**
     * The page's members first, straight from the (organization_id, since, user_id) index, then their accounts by
     * primary key: two statements that stay fast on deep pages of large organizations, where one joined query
     * with OFFSET would read the accounts of every skipped row.
     *
     * <p>A search ({@code q}) keeps the members' order and narrows them to the accounts a prefix finds: one index
     * range per lower-case column (first name, last name, email), united, as the user list searches. No
     * {@code LIKE ?}: H2 cannot serve it from an index when the pattern is a parameter.
     */
    @Override
    public Page<MemberDetails> list(OrganizationId organization, MemberFilter filter, PageRequest page) {
        var org = organization.value();
        var role = filter.role();
        Page<MemberRow> found;
        if (filter.q().isPresent()) {
            found = search(org, role, filter.q().get(), page);
        } else {
            var rowsOfPage = role.isPresent()
                    ? rows.pageOfRole(org, Values.code(role.get()), MemberRows.EVER, page.pageSize(), page.offset())
                    : rows.page(org, MemberRows.EVER, page.pageSize(), page.offset());
            // every member: the count the adapter keeps on the organization's row, not a count of 100k index entries
            long total = role.isPresent() ? rows.countOfRole(org, Values.code(role.get()))
                    : organizations.membersCount(org).orElse(0L);
            found = Page.of(rowsOfPage, page, total);
        }
        var accounts = found.items().isEmpty() ? Map.<String, UserRow>of()
                : users.findByIdIn(found.items().stream().map(row -> row.id().userId()).toList()).stream()
                .collect(Collectors.toMap(UserRow::id, Function.identity()));
        return found.map(row -> new MemberDetails(mapper.toDomain(row),
                userMapper.toDomain(accounts.get(row.id().userId()))));
    }

    private Page<MemberRow> search(String organization, Optional<MemberRole> role, String q, PageRequest page) {
        var range = PrefixRange.of(q);
        var where = new StringBuilder("organization_id = ?");
        var parameters = new ArrayList<Object>(List.of(organization));
        role.ifPresent(r -> {
            where.append(" AND role = ?");
            parameters.add(Values.code(r));
        });
        where.append(" AND user_id IN (SELECT id FROM users WHERE first_name_lc >= ? AND first_name_lc < ?"
                + " UNION ALL SELECT id FROM users WHERE last_name_lc >= ? AND last_name_lc < ?"
                + " UNION ALL SELECT id FROM users WHERE email_lc >= ? AND email_lc < ?)");
        for (int i = 0; i < 3; i++) {
            parameters.add(range.from());
            parameters.add(range.to());
        }
        return pagedSql.page(MemberRow.class, "members", where.toString(), parameters,
                "organization_id, since, user_id", page);
    }

    @Override
    public Map<MemberRole, Long> countByRole(OrganizationId organization) {
        var counts = new EnumMap<MemberRole, Long>(MemberRole.class);
        for (var role : MemberRole.values()) {
            counts.put(role, 0L);
        }
        rows.countByRole(organization.value()).forEach(row -> counts.put(Values.role(row.role()), row.members()));
        return counts;
    }

    /**
     * One statement whatever the depth: members and accounts joined, read from the cursor on (keyset). The rows
     * are read by hand: Micronaut Data's row introspection cost a quarter of the use case on H2.
     */
    @Override
    @Connectable
    public CursorPage<MemberDetails> listAfter(OrganizationId organization, Optional<MemberRole> role,
                                               Optional<MemberCursor> after, int size) {
        var values = new HashMap<String, Object>();
        values.put("organization", organization.value());
        values.put("limit", size + 1); // one more than asked: there is a next page when it comes back
        role.ifPresent(r -> values.put("role", Values.code(r)));
        NamedStatement statement;
        if (after.isEmpty()) {
            values.put("ever", MemberRows.EVER);
            statement = role.isPresent() ? PAGE_OF_ROLE_FIRST : PAGE_FIRST;
        } else {
            values.put("since", OffsetDateTime.ofInstant(after.get().since(), ZoneOffset.UTC));
            values.put("user", after.get().user().value());
            statement = role.isPresent() ? PAGE_OF_ROLE_AFTER : PAGE_AFTER;
        }
        var items = jdbc.prepareStatement(statement.sql(), prepared -> {
            statement.bind(prepared, values);
            var found = new ArrayList<MemberDetails>(size + 1);
            try (var rows = prepared.executeQuery()) {
                while (rows.next()) {
                    found.add(details(rows));
                }
            }
            return found;
        });
        return CursorPage.of(items, size, details -> MemberCursor.after(details.member()).token());
    }

    /** A row of {@link MemberRows#MEMBER_ACCOUNT}, column by column. */
    private MemberDetails details(ResultSet row) throws SQLException {
        var userId = row.getString("user_id");
        var member = new MemberRow(new MemberKey(row.getString("organization_id"), userId), row.getString("role"),
                instant(row, "member_since"));
        var account = new UserRow(userId, row.getString("slug"), row.getString("first_name"),
                row.getString("last_name"), row.getString("email"), row.getString("about"), row.getString("website"),
                row.getString("avatar"), row.getString("roles"), row.getBoolean("active"), instant(row, "since"),
                instant(row, "last_login"), instant(row, "deleted"), row.getBoolean("email_verified"));
        return new MemberDetails(mapper.toDomain(member), userMapper.toDomain(account));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public List<Member> membershipsOf(UserId user) {
        return rows.membershipsOf(user.value()).stream().map(mapper::toDomain).toList();
    }

    @Override
    public long countAdmins(OrganizationId organization) {
        return rows.countOfRole(organization.value(), Values.code(MemberRole.ADMIN));
    }

    /**
     * The hot path: {@link MemberRows#EDIT_RIGHTS} run by hand on Micronaut's connection, without the generated
     * repository's query model, parameter binding and row introspection, which cost as much as the query itself
     * on H2 (see BENCHMARKS.md).
     */
    @Override
    @Connectable
    public EditRights editRights(UserId user, OrganizationId organization, SubjectRef subject) {
        var values = Map.of("user", user.value(), "organization", organization.value(),
                "subjectClass", Values.code(subject.kind()), "subjectId", subject.id());
        return jdbc.prepareStatement(EDIT_RIGHTS.sql(), statement -> {
            EDIT_RIGHTS.bind(statement, values);
            try (var found = statement.executeQuery()) {
                if (!found.next()) {
                    return EditRights.NOBODY; // no such user
                }
                var role = found.getString(3);
                return new EditRights(found.getBoolean(1), found.getBoolean(2),
                        role == null ? Optional.empty() : Optional.of(Values.role(role)), found.getBoolean(4));
            }
        });
    }

    /** A second member row for the user is refused by the key, translated to {@code Conflict}. */
    @Override
    public void add(Member member) {
        rows.save(mapper.toRow(member));
        organizations.addMembers(member.organization().value(), 1);
    }

    @Override
    public void changeRole(OrganizationId organization, UserId user, MemberRole to) {
        if (to != MemberRole.PARTIAL_EDITOR) {
            // first: the schema refuses a role change while assignments still point at the partial_editor row
            assignments.removeAllOf(organization.value(), user.value());
        }
        if (rows.changeRole(organization.value(), user.value(), Values.code(to)) == 0) {
            throw new NotFound("User is not a member of this organization");
        }
    }

    @Override
    public void remove(OrganizationId organization, UserId user) {
        if (rows.remove(organization.value(), user.value()) > 0) {
            organizations.addMembers(organization.value(), -1);
        }
    }
}
