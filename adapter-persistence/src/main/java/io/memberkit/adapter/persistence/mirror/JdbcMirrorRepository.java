package io.memberkit.adapter.persistence.mirror;

import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.adapter.persistence.common.Values;
import io.memberkit.application.port.out.MirrorChange;
import io.memberkit.application.port.out.MirrorCounts;
import io.memberkit.application.port.out.MirrorKind;
import io.memberkit.application.port.out.MirrorRepository;
import io.memberkit.application.port.out.MirrorRun;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.application.port.out.RemoteOrigin;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mirror's bookkeeping ({@code mirror_remotes}, {@code mirror_runs}, {@code mirror_origins}) and its writes of
 * the remote's facts into memberkit's tables. Those writes keep the schema's invariants (a slug or an address another
 * row holds is not taken; assignments only for partial editors) and an organization's member count.
 */
@Singleton
@TranslatesSqlFailures
public class JdbcMirrorRepository implements MirrorRepository {
    private final Sql sql;

    public JdbcMirrorRepository(JdbcOperations jdbc) {
        this.sql = new Sql(jdbc);
    }

    @Override
    public MirrorRun begin(RemoteOrigin origin, MirrorScope scope, Instant at) {
        var tag = origin.tag();
        if (!sql.exists("SELECT 1 FROM mirror_remotes WHERE tag = ?", tag)) {
            sql.update("INSERT INTO mirror_remotes (tag, provider, base_url) VALUES (?, ?, ?)", tag,
                    origin.provider(), origin.baseUrl());
        }
        var described = scope.describe();
        // the unfinished run of the same scope is resumed; one of another scope (a sync killed before a push
        // refreshed one organization) stays unfinished, for the next sync of its own scope
        var unfinished = sql.one("SELECT id, scope, started, counts FROM mirror_runs WHERE remote_tag = ? "
                + "AND scope = ? AND finished IS NULL ORDER BY id DESC", row -> new MirrorRun(row.getLong("id"),
                origin, row.getString("scope"), Sql.instant(row, "started"), null, counts(row.getString("counts")),
                true), tag, described);
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        sql.update("INSERT INTO mirror_runs (remote_tag, scope, started) VALUES (?, ?, ?)", tag, described,
                Sql.time(at));
        long id = sql.one("SELECT MAX(id) FROM mirror_runs WHERE remote_tag = ?", row -> row.getLong(1), tag)
                .orElseThrow();
        return new MirrorRun(id, origin, described, at, null, MirrorCounts.ZERO, false);
    }

    @Override
    public boolean mirroredInRun(MirrorRun run, OrganizationId organization) {
        return sql.exists("SELECT 1 FROM mirror_origins WHERE kind = 'ORGANIZATION' AND local_id = ? AND last_run = ?",
                organization.value(), run.id());
    }

    @Override
    public List<Optional<MirrorChange>> rememberAll(MirrorRun run, List<Seen> rows) {
        record Known(String checksum, long lastRun) {
        }
        var known = new HashMap<String, Known>();
        var byKind = rows.stream().collect(Collectors.groupingBy(Seen::kind, LinkedHashMap::new,
                Collectors.mapping(Seen::localId, Collectors.toCollection(LinkedHashSet::new))));
        byKind.forEach((kind, ids) -> {
            for (var chunk : chunks(List.copyOf(ids))) {
                var args = new ArrayList<Object>();
                chunk.forEach(id -> args.addAll(List.of(kind.name(), id)));
                // pairs of the primary key: H2 reads "kind = ? AND local_id IN (..)" by scanning the whole kind
                sql.list("SELECT local_id, checksum, last_run FROM mirror_origins WHERE (kind, local_id) IN ("
                                + Sql.marks(chunk.size(), "(?, ?)") + ")",
                        row -> known.put(kind + "/" + row.getString(1), new Known(row.getString(2), row.getLong(3))),
                        args.toArray());
            }
        });
        var inserts = new ArrayList<Object[]>();
        var updates = new ArrayList<Object[]>();
        var changes = new ArrayList<Optional<MirrorChange>>(rows.size());
        for (var row : rows) {
            var key = row.kind() + "/" + row.localId();
            var seen = known.get(key);
            if (seen != null && seen.lastRun() == run.id()) {
                changes.add(Optional.empty());
                continue;
            }
            known.put(key, new Known(row.checksum(), run.id()));
            if (seen == null) {
                inserts.add(new Object[] {row.kind().name(), row.localId(), run.origin().tag(), row.remoteId(),
                        row.organization() == null ? null : row.organization().value(), row.checksum(), run.id()});
                changes.add(Optional.of(MirrorChange.ADDED));
            } else {
                updates.add(new Object[] {row.checksum(), run.id(), row.remoteId(), row.kind().name(),
                        row.localId()});
                changes.add(Optional.of(row.checksum().equals(seen.checksum()) ? MirrorChange.UNCHANGED
                        : MirrorChange.UPDATED));
            }
        }
        sql.batch("INSERT INTO mirror_origins (kind, local_id, remote_tag, remote_id, organization_id, checksum, "
                + "last_run) VALUES (?, ?, ?, ?, ?, ?, ?)", inserts);
        sql.batch("UPDATE mirror_origins SET checksum = ?, last_run = ?, remote_id = ? WHERE kind = ? AND local_id = ?",
                updates);
        return changes;
    }

    /** An {@code IN} list at most this long per statement. */
    private static final int CHUNK = 500;

    private static <T> List<List<T>> chunks(List<T> all) {
        var chunks = new ArrayList<List<T>>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    @Override
    public List<String> unseen(MirrorRun run, MirrorKind kind, OrganizationId organization) {
        return organization == null
                ? sql.list("SELECT local_id FROM mirror_origins WHERE remote_tag = ? AND kind = ? "
                        + "AND organization_id IS NULL AND last_run <> ? ORDER BY local_id", row -> row.getString(1),
                run.origin().tag(), kind.name(), run.id())
                : sql.list("SELECT local_id FROM mirror_origins WHERE remote_tag = ? AND kind = ? "
                        + "AND organization_id = ? AND last_run <> ? ORDER BY local_id", row -> row.getString(1),
                run.origin().tag(), kind.name(), organization.value(), run.id());
    }

    @Override
    public void forgetChecksums(OrganizationId organization) {
        sql.update("UPDATE mirror_origins SET checksum = NULL WHERE organization_id = ? "
                + "OR (kind = 'ORGANIZATION' AND local_id = ?)", organization.value(), organization.value());
    }

    @Override
    public void forget(RemoteOrigin origin, MirrorKind kind, String localId) {
        sql.update("DELETE FROM mirror_origins WHERE kind = ? AND local_id = ? AND remote_tag = ?", kind.name(),
                localId, origin.tag());
    }

    @Override
    public void link(RemoteOrigin origin, MirrorKind kind, String localId, String remoteId,
                     OrganizationId organization) {
        sql.update("DELETE FROM mirror_origins WHERE remote_tag = ? AND kind = ? AND remote_id = ?", origin.tag(),
                kind.name(), remoteId);
        sql.update("DELETE FROM mirror_origins WHERE kind = ? AND local_id = ?", kind.name(), localId);
        sql.update("INSERT INTO mirror_origins (kind, local_id, remote_tag, remote_id, organization_id, checksum, "
                        + "last_run) VALUES (?, ?, ?, ?, ?, NULL, 0)", kind.name(), localId, origin.tag(), remoteId,
                organization == null ? null : organization.value());
    }

    @Override
    public Optional<String> localId(RemoteOrigin origin, MirrorKind kind, String remoteId) {
        return sql.one("SELECT local_id FROM mirror_origins WHERE remote_tag = ? AND kind = ? AND remote_id = ?",
                row -> row.getString(1), origin.tag(), kind.name(), remoteId);
    }

    @Override
    public Optional<String> remoteId(RemoteOrigin origin, MirrorKind kind, String localId) {
        return sql.one("SELECT remote_id FROM mirror_origins WHERE remote_tag = ? AND kind = ? AND local_id = ?",
                row -> row.getString(1), origin.tag(), kind.name(), localId);
    }

    @Override
    public Optional<RemoteOrigin> originOf(OrganizationId organization) {
        return sql.one("SELECT r.provider, r.base_url FROM mirror_origins o "
                        + "JOIN mirror_remotes r ON r.tag = o.remote_tag WHERE o.kind = 'ORGANIZATION' AND o.local_id = ?",
                row -> new RemoteOrigin(row.getString(1), row.getString(2)), organization.value());
    }

    @Override
    public void putUsers(List<User> users) {
        var byId = new LinkedHashMap<String, User>();
        users.forEach(u -> byId.put(u.id().value(), u)); // the last word on an account given twice
        var existing = new HashSet<String>();
        // slug -> the account holding it, now or after this batch. A slug or an address an account of the batch gives
        // up stays taken until the next sync: the batch's statements never depend on their order
        var slugs = new HashMap<String, String>();
        var emails = new HashMap<String, String>();
        for (var chunk : chunks(List.copyOf(byId.values()))) {
            var args = new ArrayList<Object>();
            chunk.forEach(u -> args.add(u.id().value()));
            chunk.forEach(u -> args.add(u.slug().value()));
            chunk.forEach(u -> args.add(u.email() instanceof EmailAddress a ? a.value() : ""));
            var in = Sql.marks(chunk.size(), "?");
            // one index each: an OR of the three would scan the table
            sql.list("SELECT id, slug, email FROM users WHERE id IN (" + in + ") UNION ALL "
                    + "SELECT id, slug, email FROM users WHERE slug IN (" + in + ") UNION ALL "
                    + "SELECT id, slug, email FROM users WHERE email IN (" + in + ")", row -> {
                        existing.add(row.getString(1));
                        slugs.put(row.getString(2), row.getString(1));
                        if (row.getString(3) != null) {
                            emails.put(row.getString(3), row.getString(1));
                        }
                        return null;
                    }, args.toArray());
        }
        var inserts = new ArrayList<Object[]>();
        var updates = new ArrayList<Object[]>();
        for (var user : byId.values()) {
            var id = user.id().value();
            var slug = user.slug().unique(s -> {
                var holder = slugs.get(s.value());
                // the wanted slug was read with the others: only a suffixed one needs a look
                return holder != null ? !holder.equals(id) : !s.equals(user.slug())
                        && sql.exists("SELECT 1 FROM users WHERE slug = ? AND id <> ?", s.value(), id);
            }).value();
            slugs.put(slug, id);
            // a masked address, or one another account holds, is not kept: the column holds real, unique addresses
            var email = user.email() instanceof EmailAddress address
                    && id.equals(emails.getOrDefault(address.value(), id)) ? address.value() : null;
            if (email != null) {
                emails.put(email, id);
            }
            var website = user.website() == null ? null : user.website().value();
            if (existing.contains(id)) {
                updates.add(new Object[] {slug, user.firstName(), user.lastName(), email, user.about(), website,
                        user.avatar(), user.active(), Sql.time(user.lastLogin()), Sql.time(user.deleted()),
                        user.emailVerified(), id});
            } else {
                inserts.add(new Object[] {id, slug, user.firstName(), user.lastName(), email, user.about(), website,
                        user.avatar(), user.active(), Sql.time(user.since()), Sql.time(user.lastLogin()),
                        Sql.time(user.deleted()), user.emailVerified()});
            }
        }
        sql.batch("UPDATE users SET slug = ?, first_name = ?, last_name = ?, email = ?, about = ?, website = ?, "
                + "avatar = ?, active = ?, last_login = ?, deleted = ?, email_verified = ? WHERE id = ?", updates);
        sql.batch("INSERT INTO users (id, slug, first_name, last_name, email, about, website, avatar, roles, active, "
                + "since, last_login, deleted, email_verified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)",
                inserts);
    }

    @Override
    public void putOrganization(Organization organization) {
        var id = organization.id().value();
        var slug = organization.slug().unique(s -> sql.exists("SELECT 1 FROM organizations WHERE slug = ? AND id <> ?",
                s.value(), id)).value();
        var url = organization.url() == null ? null : organization.url().value();
        var number = organization.businessNumber() == null ? null : organization.businessNumber().value();
        var metrics = organization.metrics();
        if (sql.exists("SELECT 1 FROM organizations WHERE id = ?", id)) {
            sql.update("UPDATE organizations SET name = ?, acronym = ?, slug = ?, description = ?, url = ?, logo = ?, "
                            + "business_number_id = ?, created = ?, last_modified = ?, deleted = ?, "
                            + "followers_count = ?, datasets_count = ?, reuses_count = ?, views_count = ? WHERE id = ?",
                    organization.name(), organization.acronym(), slug, organization.description(), url,
                    organization.logo(), number, Sql.time(organization.created()),
                    Sql.time(organization.lastModified()), Sql.time(organization.deleted()), metrics.followers(),
                    metrics.datasets(), metrics.reuses(), metrics.views(), id);
        } else {
            sql.update("INSERT INTO organizations (id, name, acronym, slug, description, url, logo, business_number_id,"
                            + " created, last_modified, deleted, followers_count, datasets_count, reuses_count, "
                            + "views_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, organization.name(), organization.acronym(), slug, organization.description(), url,
                    organization.logo(), number, Sql.time(organization.created()),
                    Sql.time(organization.lastModified()), Sql.time(organization.deleted()), metrics.followers(),
                    metrics.datasets(), metrics.reuses(), metrics.views());
        }
        sql.update("DELETE FROM organization_badges WHERE organization_id = ?", id);
        for (var badge : organization.badges()) {
            sql.update("INSERT INTO organization_badges (organization_id, badge) VALUES (?, ?)", id,
                    Values.code(badge));
        }
    }

    @Override
    public void removeOrganization(OrganizationId organization) {
        var id = organization.value();
        sql.update("DELETE FROM assignments WHERE organization_id = ?", id);
        sql.update("DELETE FROM membership_requests WHERE organization_id = ?", id);
        sql.update("DELETE FROM members WHERE organization_id = ?", id);
        sql.update("DELETE FROM subjects WHERE owner_id = ?", id);
        sql.update("DELETE FROM follows WHERE followed_organization_id = ?", id);
        sql.update("DELETE FROM organization_badges WHERE organization_id = ?", id);
        sql.update("DELETE FROM organization_domains WHERE organization_id = ?", id);
        sql.update("DELETE FROM mirror_origins WHERE organization_id = ?", id);
        sql.update("DELETE FROM organizations WHERE id = ?", id);
    }

    @Override
    public void putMembers(List<Member> members) {
        var inserts = new ArrayList<Object[]>();
        var updates = new ArrayList<Object[]>();
        var byOrganization = members.stream().collect(Collectors.groupingBy(m -> m.organization().value(),
                LinkedHashMap::new, Collectors.toList()));
        byOrganization.forEach((organization, given) -> {
            // the given members' rows only, by key pairs: an organization may have 100,000 others
            var roles = new HashMap<String, String>();
            for (var chunk : chunks(given)) {
                var args = new ArrayList<Object>();
                chunk.forEach(m -> args.addAll(List.of(organization, m.user().value())));
                sql.list("SELECT user_id, role FROM members WHERE (organization_id, user_id) IN ("
                        + Sql.marks(chunk.size(), "(?, ?)") + ")", row -> roles.put(row.getString(1),
                        row.getString(2)), args.toArray());
            }
            for (var member : given) {
                var user = member.user().value();
                var role = Values.code(member.role());
                var current = roles.put(user, role);
                if (current == null) {
                    inserts.add(new Object[] {organization, user, role, Sql.time(member.since())});
                    continue;
                }
                if (!current.equals(role)) {
                    // assignments hang on the partial_editor role (assignments_member_fk)
                    sql.update("DELETE FROM assignments WHERE organization_id = ? AND user_id = ?", organization, user);
                }
                updates.add(new Object[] {role, Sql.time(member.since()), organization, user});
            }
        });
        sql.batch("INSERT INTO members (organization_id, user_id, role, since) VALUES (?, ?, ?, ?)", inserts);
        sql.batch("UPDATE members SET role = ?, since = ? WHERE organization_id = ? AND user_id = ?", updates);
    }

    @Override
    public void removeMember(OrganizationId organization, UserId user) {
        sql.update("DELETE FROM assignments WHERE organization_id = ? AND user_id = ?", organization.value(),
                user.value());
        sql.update("DELETE FROM members WHERE organization_id = ? AND user_id = ?", organization.value(), user.value());
    }

    @Override
    public void putRequest(MembershipRequest request) {
        var id = request.id().value();
        var user = request.invitee() instanceof Invitee.Known known ? known.user().value() : null;
        var email = request.invitee() instanceof Invitee.ByEmail byEmail ? byEmail.email().value() : null;
        if (user != null && !sql.exists("SELECT 1 FROM users WHERE id = ?", user)) {
            return; // the remote named an account it did not show: nothing to hang the request on
        }
        var createdBy = known(request.createdBy());
        var handledBy = known(request.handledBy());
        sql.update("DELETE FROM membership_requests WHERE id = ?", id);
        sql.update("INSERT INTO membership_requests (id, organization_id, kind, status, user_id, email, role, comment, "
                        + "created, created_by, handled_by, handled_on, refusal_comment, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, request.organization().value(), Values.code(request.kind()), Values.code(request.status()), user,
                email, Values.code(request.role()), request.comment(), Sql.time(request.created()), createdBy,
                handledBy, Sql.time(request.handledOn()), request.refusalComment(), Sql.time(request.expiresAt()));
        for (var subject : request.assignments()) {
            sql.update("INSERT INTO request_assignments (request_id, subject_class, subject_id) VALUES (?, ?, ?)", id,
                    Values.code(subject.kind()), subject.id());
        }
    }

    /** An account id the database knows, else null: the remote may name an inviter it does not show. */
    private String known(UserId user) {
        return user != null && sql.exists("SELECT 1 FROM users WHERE id = ?", user.value()) ? user.value() : null;
    }

    @Override
    public void removeRequest(MembershipRequestId request) {
        sql.update("DELETE FROM membership_requests WHERE id = ?", request.value());
    }

    @Override
    public void putAssignments(OrganizationId organization, UserId user, Set<SubjectRef> subjects, Instant at) {
        var org = organization.value();
        sql.update("DELETE FROM assignments WHERE organization_id = ? AND user_id = ?", org, user.value());
        if (subjects.isEmpty() || !sql.exists("SELECT 1 FROM members WHERE organization_id = ? AND user_id = ? "
                + "AND role = ?", org, user.value(), Values.code(MemberRole.PARTIAL_EDITOR))) {
            return; // only a partial editor holds assignments
        }
        for (var subject : subjects) {
            var kind = Values.code(subject.kind());
            if (!sql.exists("SELECT 1 FROM subjects WHERE subject_class = ? AND subject_id = ?", kind, subject.id())) {
                sql.update("INSERT INTO subjects (subject_class, subject_id, owner_id) VALUES (?, ?, ?)", kind,
                        subject.id(), org);
            }
            sql.update("INSERT INTO assignments (organization_id, user_id, subject_class, subject_id, created) "
                    + "VALUES (?, ?, ?, ?, ?)", org, user.value(), kind, subject.id(), Sql.time(at));
        }
    }

    @Override
    public void recountMembers(OrganizationId organization) {
        sql.update("UPDATE organizations SET members_count = (SELECT COUNT(*) FROM members WHERE organization_id = ?) "
                + "WHERE id = ?", organization.value(), organization.value());
    }

    @Override
    public void checkpoint(MirrorRun run, MirrorCounts counts) {
        sql.update("UPDATE mirror_runs SET counts = ? WHERE id = ?", write(counts), run.id());
    }

    @Override
    public void finish(MirrorRun run, MirrorCounts counts, Instant at) {
        sql.update("UPDATE mirror_runs SET counts = ?, finished = ? WHERE id = ?", write(counts), Sql.time(at),
                run.id());
    }

    @Override
    public List<MirrorRun> lastRuns() {
        return sql.list("SELECT r.id, r.scope, r.started, r.finished, r.counts, m.provider, m.base_url "
                + "FROM mirror_runs r JOIN mirror_remotes m ON m.tag = r.remote_tag "
                + "WHERE r.id = (SELECT MAX(l.id) FROM mirror_runs l WHERE l.remote_tag = r.remote_tag) "
                + "OR r.finished IS NULL ORDER BY r.id DESC", JdbcMirrorRepository::run);
    }

    private static MirrorRun run(ResultSet row) throws SQLException {
        return new MirrorRun(row.getLong("id"), new RemoteOrigin(row.getString("provider"), row.getString("base_url")),
                row.getString("scope"), Sql.instant(row, "started"), Sql.instant(row, "finished"),
                counts(row.getString("counts")), false);
    }

    /** {@code ORGANIZATION=1,0,0,2;USER=...}: added, updated, removed, unchanged per kind. */
    static String write(MirrorCounts counts) {
        return counts.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue().get(MirrorChange.ADDED) + ","
                        + e.getValue().get(MirrorChange.UPDATED) + "," + e.getValue().get(MirrorChange.REMOVED) + ","
                        + e.getValue().get(MirrorChange.UNCHANGED))
                .collect(Collectors.joining(";"));
    }

    static MirrorCounts counts(String written) {
        var byKind = new EnumMap<MirrorKind, Map<MirrorChange, Long>>(MirrorKind.class);
        if (written != null && !written.isBlank()) {
            for (var part : written.split(";")) {
                var kindAndCounts = part.split("=");
                var numbers = kindAndCounts[1].split(",");
                var changes = new EnumMap<MirrorChange, Long>(MirrorChange.class);
                changes.put(MirrorChange.ADDED, Long.parseLong(numbers[0]));
                changes.put(MirrorChange.UPDATED, Long.parseLong(numbers[1]));
                changes.put(MirrorChange.REMOVED, Long.parseLong(numbers[2]));
                changes.put(MirrorChange.UNCHANGED, Long.parseLong(numbers[3]));
                byKind.put(MirrorKind.valueOf(kindAndCounts[0]), changes);
            }
        }
        return new MirrorCounts(byKind);
    }
}
