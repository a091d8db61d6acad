package io.memberkit.adapter.persistence.mirror;

import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.adapter.persistence.common.Values;
import io.memberkit.application.port.out.OutboxEntry;
import io.memberkit.application.port.out.OutboxRepository;
import io.memberkit.application.port.out.OutboxState;
import io.memberkit.application.port.out.PendingWrite;
import io.memberkit.application.port.out.RemoteOrigin;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MembershipRequestId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The outbox in {@code outbox}: one row per write, its variant spread over plain columns (kind, user, request,
 * email, role, added and removed objects as {@code dataset:id} lists).
 */
@Singleton
@TranslatesSqlFailures
public class JdbcOutboxRepository implements OutboxRepository {
    private static final String COLUMNS = "o.seq, o.idempotency_key, o.organization_id, o.kind, o.user_id, "
            + "o.request_id, o.email, o.role, o.added, o.removed, o.what, o.actor_id, o.created, o.state, o.message, "
            + "r.provider, r.base_url FROM outbox o JOIN mirror_remotes r ON r.tag = o.remote_tag ";
    private final Sql sql;

    public JdbcOutboxRepository(JdbcOperations jdbc) {
        this.sql = new Sql(jdbc);
    }

    @Override
    public OutboxEntry append(RemoteOrigin origin, PendingWrite write, UserId actor, Instant at) {
        var key = UUID.randomUUID().toString();
        String kind;
        String user = null;
        String request = null;
        String email = null;
        String role = null;
        String added = null;
        String removed = null;
        String what = null;
        if (write instanceof PendingWrite.ChangeRole w) {
            kind = "CHANGE_ROLE";
            user = w.user().value();
            role = Values.code(w.role());
        } else if (write instanceof PendingWrite.RemoveMember w) {
            kind = "REMOVE_MEMBER";
            user = w.user().value();
        } else if (write instanceof PendingWrite.Invite w) {
            kind = "INVITE";
            request = w.invitation().value();
            user = w.invitee() instanceof Invitee.Known known ? known.user().value() : null;
            email = w.invitee() instanceof Invitee.ByEmail byEmail ? byEmail.email().value() : null;
            role = Values.code(w.role());
            added = subjects(w.assignments());
        } else if (write instanceof PendingWrite.CancelInvitation w) {
            kind = "CANCEL_INVITATION";
            request = w.invitation().value();
        } else if (write instanceof PendingWrite.AcceptRequest w) {
            kind = "ACCEPT_REQUEST";
            request = w.request().value();
            role = Values.code(w.role());
        } else if (write instanceof PendingWrite.RefuseRequest w) {
            kind = "REFUSE_REQUEST";
            request = w.request().value();
        } else if (write instanceof PendingWrite.ChangeAssignments w) {
            kind = "CHANGE_ASSIGNMENTS";
            user = w.user().value();
            added = subjects(w.added());
            removed = subjects(w.removed());
        } else if (write instanceof PendingWrite.Unsupported w) {
            kind = "UNSUPPORTED";
            what = w.what();
        } else {
            throw new IllegalArgumentException("unknown write " + write.getClass().getSimpleName());
        }
        sql.update("INSERT INTO outbox (idempotency_key, remote_tag, organization_id, kind, user_id, request_id, email,"
                        + " role, added, removed, what, actor_id, created, state, changed) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)",
                key, origin.tag(), write.organization().value(), kind, user, request, email, role, added, removed,
                what, actor == null ? null : actor.value(), Sql.time(at), Sql.time(at));
        return sql.one("SELECT " + COLUMNS + "WHERE o.idempotency_key = ?", JdbcOutboxRepository::entry, key)
                .orElseThrow();
    }

    @Override
    public List<OutboxEntry> next(RemoteOrigin origin, int limit) {
        return sql.list("SELECT " + COLUMNS + "WHERE o.remote_tag = ? AND o.state IN ('PENDING', 'SENDING') "
                + "ORDER BY o.seq FETCH FIRST " + limit + " ROWS ONLY", JdbcOutboxRepository::entry, origin.tag());
    }

    @Override
    public Optional<OutboxEntry> find(long sequence) {
        return sql.one("SELECT " + COLUMNS + "WHERE o.seq = ?", JdbcOutboxRepository::entry, sequence);
    }

    @Override
    public void mark(long sequence, OutboxState state, String message, Instant at) {
        var bounded = message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
        sql.update("UPDATE outbox SET state = ?, message = ?, changed = ? WHERE seq = ?", state.name(), bounded,
                Sql.time(at), sequence);
    }

    @Override
    public List<OutboxEntry> inState(OutboxState state, int limit) {
        return sql.list("SELECT " + COLUMNS + "WHERE o.state = ? ORDER BY o.seq FETCH FIRST " + limit + " ROWS ONLY",
                JdbcOutboxRepository::entry, state.name());
    }

    @Override
    public long count(RemoteOrigin origin, OutboxState state) {
        return sql.one("SELECT COUNT(*) FROM outbox WHERE remote_tag = ? AND state = ?", row -> row.getLong(1),
                origin.tag(), state.name()).orElse(0L);
    }

    private static String subjects(Set<SubjectRef> subjects) {
        return subjects.stream().map(s -> Values.code(s.kind()) + ":" + s.id()).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static Set<SubjectRef> subjects(String column) {
        if (column == null || column.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(column.split("\n")).map(s -> {
            int colon = s.indexOf(':');
            return new SubjectRef(Values.subjectClass(s.substring(0, colon)), s.substring(colon + 1));
        }).collect(Collectors.toSet());
    }

    private static OutboxEntry entry(ResultSet row) throws SQLException {
        var organization = new OrganizationId(row.getString("organization_id"));
        var user = row.getString("user_id");
        var request = row.getString("request_id");
        var role = row.getString("role");
        PendingWrite write = switch (row.getString("kind")) {
            case "CHANGE_ROLE" -> new PendingWrite.ChangeRole(organization, new UserId(user), Values.role(role));
            case "REMOVE_MEMBER" -> new PendingWrite.RemoveMember(organization, new UserId(user));
            case "INVITE" -> new PendingWrite.Invite(organization, new MembershipRequestId(request),
                    user != null ? new Invitee.Known(new UserId(user))
                            : new Invitee.ByEmail(new EmailAddress(row.getString("email"))),
                    Values.role(role), subjects(row.getString("added")));
            case "CANCEL_INVITATION" -> new PendingWrite.CancelInvitation(organization,
                    new MembershipRequestId(request));
            case "ACCEPT_REQUEST" -> new PendingWrite.AcceptRequest(organization, new MembershipRequestId(request),
                    Values.role(role));
            case "REFUSE_REQUEST" -> new PendingWrite.RefuseRequest(organization, new MembershipRequestId(request));
            case "CHANGE_ASSIGNMENTS" -> new PendingWrite.ChangeAssignments(organization, new UserId(user),
                    subjects(row.getString("added")), subjects(row.getString("removed")));
            default -> new PendingWrite.Unsupported(organization, row.getString("what"));
        };
        var actor = row.getString("actor_id");
        return new OutboxEntry(row.getLong("seq"), row.getString("idempotency_key"),
                new RemoteOrigin(row.getString("provider"), row.getString("base_url")), write,
                actor == null ? null : new UserId(actor), Sql.instant(row, "created"),
                OutboxState.valueOf(row.getString("state")), row.getString("message"));
    }
}
