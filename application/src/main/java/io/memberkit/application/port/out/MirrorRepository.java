package io.memberkit.application.port.out;

import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The local side of mirroring: where each mirrored row came from (its origin: remote, remote id, checksum and the
 * last run that saw it), the runs and their checkpoints, and the writes a sync makes, which are the remote's facts
 * and go around the use cases' rules. Every call runs inside the caller's unit of work.
 */
public interface MirrorRepository {
    /** A new run of {@code origin}, or its unfinished one of the same scope, which is then resumed. */
    MirrorRun begin(RemoteOrigin origin, MirrorScope scope, Instant at);

    /** Whether {@code run} mirrored {@code organization} already (a resumed run skips it). */
    boolean mirroredInRun(MirrorRun run, OrganizationId organization);

    /** A row as a run saw it: see {@link #rememberAll}. */
    record Seen(MirrorKind kind, String localId, String remoteId, OrganizationId organization, String checksum) {
    }

    /**
     * Records that {@code run} saw each row with its checksum and says, in order, what changed: {@code ADDED} (no
     * origin yet), {@code UPDATED} (another checksum) or {@code UNCHANGED}; empty when the run saw the row already
     * (an account that is a member of several organizations, or the same row twice in {@code rows}). A row's
     * {@code organization} is the one it belongs to (null for organizations and users). All rows at once, so
     * that an organization's members cost a few statements, not a few per member.
     */
    List<Optional<MirrorChange>> rememberAll(MirrorRun run, List<Seen> rows);

    /** {@link #rememberAll} for one row. */
    default Optional<MirrorChange> remember(MirrorRun run, MirrorKind kind, String localId, String remoteId,
                                            OrganizationId organization, String checksum) {
        return rememberAll(run, List.of(new Seen(kind, localId, remoteId, organization, checksum))).get(0);
    }

    /**
     * Rows of {@code kind} from the run's remote, of {@code organization} (null: organizations and accounts), that the
     * run did not see.
     */
    List<String> unseen(MirrorRun run, MirrorKind kind, OrganizationId organization);

    /**
     * Forgets the checksums of an organization and of its rows, so that the next sync writes all of them again as the
     * remote has them, over any local change (after a conflict).
     */
    void forgetChecksums(OrganizationId organization);

    /** Drops the origin of a removed row. */
    void forget(RemoteOrigin origin, MirrorKind kind, String localId);

    /** Links a row created locally and then on the remote (a pushed invitation) to its remote id. */
    void link(RemoteOrigin origin, MirrorKind kind, String localId, String remoteId, OrganizationId organization);

    /** The local id of a row of {@code origin} whose remote id is {@code remoteId}, when it has one already. */
    Optional<String> localId(RemoteOrigin origin, MirrorKind kind, String remoteId);

    /** The remote id of a local row mirrored from, or pushed to, {@code origin}. */
    Optional<String> remoteId(RemoteOrigin origin, MirrorKind kind, String localId);

    /** The remote {@code organization} was mirrored from; empty for a local organization. */
    Optional<RemoteOrigin> originOf(OrganizationId organization);

    /**
     * Inserts or updates accounts as the remote shows them. A slug another account holds gets the next free suffix;
     * an address another account holds, or a masked one, is not kept.
     */
    void putUsers(List<User> users);

    default void putUser(User user) {
        putUsers(List.of(user));
    }

    /** Inserts or updates an organization as the remote shows it (its members are put one by one). */
    void putOrganization(Organization organization);

    /** Removes an organization and everything in it (members, requests, assignments, objects, domains, badges). */
    void removeOrganization(OrganizationId organization);

    /** Inserts or updates memberships; one whose role changes loses its assignments (they hang on the role). */
    void putMembers(List<Member> members);

    default void putMember(Member member) {
        putMembers(List.of(member));
    }

    void removeMember(OrganizationId organization, UserId user);

    /** Inserts or updates a pending invitation or membership request. */
    void putRequest(MembershipRequest request);

    void removeRequest(MembershipRequestId request);

    /** A member's assignments become {@code subjects}; the objects are registered as the organization's. */
    void putAssignments(OrganizationId organization, UserId user, Set<SubjectRef> subjects, Instant at);

    /** The organization's member count, as its members rows say. */
    void recountMembers(OrganizationId organization);

    /** Saves the counts so far: a resumed run reports the whole run's counts. */
    void checkpoint(MirrorRun run, MirrorCounts counts);

    void finish(MirrorRun run, MirrorCounts counts, Instant at);

    /** The last run of each remote, and any unfinished one (to be resumed), newest first. */
    List<MirrorRun> lastRuns();
}
