package io.memberkit.adapter.persistence.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Statements on {@code membership_requests}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MembershipRequestRows extends GenericRepository<MembershipRequestRow, String> {

    Optional<MembershipRequestRow> findById(String id);

    MembershipRequestRow save(MembershipRequestRow row);

    /** The oldest, should an invitation and the user's own request both be pending. */
    @Query("""
            SELECT * FROM membership_requests
            WHERE user_id = :user AND status = 'pending' AND organization_id = :organization
            ORDER BY created, id LIMIT 1""")
    Optional<MembershipRequestRow> findPendingOfUser(String organization, String user);

    @Query("""
            SELECT * FROM membership_requests
            WHERE email = :email AND status = 'pending' AND organization_id = :organization
            ORDER BY created, id LIMIT 1""")
    Optional<MembershipRequestRow> findPendingOfEmail(String organization, String email);

    /** One branch per index ((user_id, status) and (email, status)) rather than an OR across both. */
    @Query("""
            SELECT * FROM membership_requests WHERE id IN (
                SELECT id FROM membership_requests
                WHERE user_id = :user AND status = 'pending' AND kind = 'invitation'
                UNION ALL
                SELECT id FROM membership_requests
                WHERE email = :email AND status = 'pending' AND kind = 'invitation')
            ORDER BY created, id""")
    List<MembershipRequestRow> pendingInvitationsFor(String user, @Nullable String email);

    /** What the invitation rate limit counts: one range of the (organization_id, kind, created) index. */
    @Query("""
            SELECT COUNT(*) AS invitations, MIN(created) AS oldest FROM membership_requests
            WHERE organization_id = :organization AND kind = 'invitation' AND created > :after""")
    InvitationCountRow invitationsAfter(String organization, Instant after);

    /** A new expiry for an invitation still pending; 0 when it was handled meanwhile. */
    @Query("""
            UPDATE membership_requests SET expires_at = :expiresAt
            WHERE id = :id AND status = 'pending' AND kind = 'invitation'""")
    long renew(String id, Instant expiresAt);

    /** An invitation by email becomes the account's: the invitee is one column or the other, never both. */
    @Query("""
            UPDATE membership_requests SET user_id = :user, email = NULL
            WHERE id = :id AND status = 'pending' AND kind = 'invitation'""")
    long bind(String id, String user);

    @Query("UPDATE membership_requests SET comment = :comment WHERE id = :id")
    void updateComment(String id, @Nullable String comment);

    /**
     * Handles a request that is still pending, and only then: the answer is 0 when another transaction handled it
     * first. An accepted email invitation is bound to the account that accepted it.
     */
    @Query("""
            UPDATE membership_requests SET status = :status, handled_by = :handledBy, handled_on = :handledOn,
                refusal_comment = :refusalComment, user_id = :userId, email = :email
            WHERE id = :id AND status = 'pending'""")
    long handle(String id, String status, @Nullable String handledBy, @Nullable Instant handledOn,
                @Nullable String refusalComment, @Nullable String userId, @Nullable String email);

    @Query("DELETE FROM membership_requests WHERE user_id = :user AND status = 'pending'")
    void removePendingOf(String user);
}
