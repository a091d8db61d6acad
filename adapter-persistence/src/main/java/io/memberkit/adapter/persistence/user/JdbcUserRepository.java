package io.memberkit.adapter.persistence.user;

import io.memberkit.adapter.persistence.common.PagedSql;
import io.memberkit.adapter.persistence.common.PrefixRange;
import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.adapter.persistence.follow.FollowRows;
import io.memberkit.adapter.persistence.membership.MemberRows;
import io.memberkit.adapter.persistence.membership.MembershipRequestRows;
import io.memberkit.adapter.persistence.organization.OrganizationRows;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.application.port.out.UserRepository;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.user.User;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts in {@code users}. Deleting one also clears what hangs on it, in the caller's unit of work. */
@Singleton
@TranslatesSqlFailures
public class JdbcUserRepository implements UserRepository {
    private static final Map<UserQuery.UserSort, String> SORT_COLUMNS = Map.of(
            UserQuery.UserSort.FIRST_NAME, "first_name_lc",
            UserQuery.UserSort.LAST_NAME, "last_name_lc",
            UserQuery.UserSort.CREATED, "since");

    private final UserRows rows;
    private final MemberRows members;
    private final FollowRows follows;
    private final MembershipRequestRows requests;
    private final OrganizationRows organizations;
    private final UserRowMapper mapper;
    private final PagedSql pagedSql;

    public JdbcUserRepository(UserRows rows, MemberRows members, FollowRows follows, MembershipRequestRows requests,
                              OrganizationRows organizations, UserRowMapper mapper, PagedSql pagedSql) {
        this.rows = rows;
        this.members = members;
        this.follows = follows;
        this.requests = requests;
        this.organizations = organizations;
        this.mapper = mapper;
        this.pagedSql = pagedSql;
    }

    @Override
    public Optional<User> find(UserId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(mapper::toDomain);
    }

    @Override
    public boolean slugExists(Slug slug) {
        return rows.existsBySlug(slug.value());
    }

    @Override
    public boolean anySiteAdmin() {
        return rows.anySiteAdmin();
    }

    @Override
    public Page<User> list(UserQuery query, PageRequest page) {
        var where = new StringBuilder("deleted IS NULL");
        var parameters = new ArrayList<Object>();
        query.q().ifPresent(q -> {
            var range = PrefixRange.of(q);
            // one index range per column; UNION (not OR) so that each branch uses its own index
            where.append(" AND id IN (SELECT id FROM users WHERE first_name_lc >= ? AND first_name_lc < ?"
                    + " UNION SELECT id FROM users WHERE last_name_lc >= ? AND last_name_lc < ?"
                    + " UNION SELECT id FROM users WHERE email_lc >= ? AND email_lc < ?)");
            for (int i = 0; i < 3; i++) {
                parameters.add(range.from());
                parameters.add(range.to());
            }
        });
        var orderBy = SORT_COLUMNS.get(query.sort().field()) + (query.sort().descending() ? " DESC" : " ASC")
                + ", id ASC";
        return pagedSql.page(UserRow.class, "users", where.toString(), parameters, orderBy, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<User> suggest(String prefix, int size) {
        var range = PrefixRange.of(prefix);
        return rows.suggest(range.from(), range.to(), size).stream().map(mapper::toDomain).toList();
    }

    @Override
    public User add(User user) {
        return mapper.toDomain(rows.save(mapper.toRow(user)));
    }

    @Override
    public void update(User user) {
        rows.update(mapper.toRow(user));
    }

    @Override
    public void updateOwnProfile(User user) {
        rows.update(mapper.toRow(user));
    }

    @Override
    public void delete(User anonymised, DeletionOptions options) {
        // sending mail and deleting comments are the platform's business: nothing of it is stored here
        var user = anonymised.id().value();
        rows.update(mapper.toRow(anonymised));
        organizations.dropMembershipsOf(user);
        members.removeAllOf(user);
        organizations.dropFollowsBy(user);
        follows.removeAllOf(user);
        requests.removePendingOf(user);
    }

    @Override
    public void deleteOwnAccount(User anonymised) {
        delete(anonymised, new DeletionOptions(true, false));
    }

    @Override
    public void markEmailVerified(UserId user) {
        rows.markEmailVerified(user.value());
    }
}
