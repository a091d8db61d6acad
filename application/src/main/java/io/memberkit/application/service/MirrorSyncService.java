package io.memberkit.application.service;

import io.memberkit.application.port.in.mirror.SyncMirror;
import io.memberkit.application.port.in.mirror.SyncMirrorUseCase;
import io.memberkit.application.port.in.mirror.SyncReport;
import io.memberkit.application.port.out.MirrorChange;
import io.memberkit.application.port.out.MirrorCounts;
import io.memberkit.application.port.out.MirrorExtras;
import io.memberkit.application.port.out.MirrorKind;
import io.memberkit.application.port.out.MirrorRepository;
import io.memberkit.application.port.out.MirrorRun;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.application.port.out.MirrorSource;
import io.memberkit.application.port.out.MirroredOrganization;
import io.memberkit.application.port.out.UnitOfWork;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Mirrors a remote into the local database, one organization per unit of work: the organization, its members and
 * their accounts, its pending invitations and requests, its assignments, then the checkpoint, all in one
 * transaction. A run killed between two organizations resumes after the last one it committed, and as every row
 * is keyed by its origin, nothing is ever inserted twice. A row is written only when its checksum changed.
 */
public final class MirrorSyncService implements SyncMirrorUseCase {
    private final MirrorSource source;
    private final MirrorRepository mirror;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public MirrorSyncService(MirrorSource source, MirrorRepository mirror, UnitOfWork unitOfWork, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.mirror = Objects.requireNonNull(mirror, "mirror");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SyncReport sync(SyncMirror command) {
        var origin = source.origin();
        var ids = new MirrorIds(origin, mirror);
        var run = unitOfWork.write(() -> mirror.begin(origin, command.scope(), clock.instant()));
        var counts = new AtomicReference<>(run.counts());
        var me = source.me();
        // an organization's requests and assignments are for its admins and site admins: others skip the calls
        java.util.function.Predicate<MirroredOrganization> readsExtras = o -> me.isSiteAdmin() || o.members().stream()
                .anyMatch(d -> d.member().user().equals(me.id()) && d.member().isAdmin());
        unitOfWork.write(() -> {
            counts.set(user(run, ids.local(me), counts.get()));
            mirror.checkpoint(run, counts.get());
            return null;
        });
        long total = source.count(command.scope());
        var done = new AtomicLong();
        try (var organizations = source.organizations(command.scope())) {
            organizations.forEach(remote -> {
                var local = ids.local(remote.organization().id());
                // the extras are remote calls: made only for an organization this run still has to mirror
                var extras = readsExtras.test(remote) && !unitOfWork.read(() -> mirror.mirroredInRun(run, local))
                        ? source.extras(remote.organization().id()) : MirrorExtras.NONE;
                counts.set(unitOfWork.write(() -> {
                    if (mirror.mirroredInRun(run, local)) {
                        return counts.get(); // a resumed run committed it before it was interrupted
                    }
                    var after = organization(run, ids, remote, extras, counts.get());
                    mirror.checkpoint(run, after);
                    return after;
                }));
                command.progress().organization(done.incrementAndGet(), total, remote.organization().name());
            });
        }
        // an organization that disappeared remotely goes; a chosen list says nothing about the others
        if (!(command.scope() instanceof MirrorScope.Chosen)) {
            counts.set(unitOfWork.write(() -> {
                var after = counts.get();
                for (var gone : mirror.unseen(run, MirrorKind.ORGANIZATION, null)) {
                    mirror.removeOrganization(new OrganizationId(gone));
                    mirror.forget(origin, MirrorKind.ORGANIZATION, gone);
                    after = after.plus(MirrorKind.ORGANIZATION, MirrorChange.REMOVED);
                }
                return after;
            }));
        }
        var finished = clock.instant();
        unitOfWork.write(() -> {
            mirror.finish(run, counts.get(), finished);
            return null;
        });
        return new SyncReport(origin, counts.get(), run.resumed(), done.get(), run.started(), finished);
    }

    private MirrorCounts organization(MirrorRun run, MirrorIds ids, MirroredOrganization remote, MirrorExtras extras,
                                      MirrorCounts counts) {
        var origin = run.origin();
        var organization = ids.local(remote.organization());
        var id = organization.id();
        var change = mirror.remember(run, MirrorKind.ORGANIZATION, id.value(), remote.organization().id().value(),
                null, checksum(organization));
        if (change.isPresent() && change.get() != MirrorChange.UNCHANGED) {
            mirror.putOrganization(organization);
        }
        counts = count(counts, MirrorKind.ORGANIZATION, change);
        // the members and their accounts in a few statements whatever their number; accounts first, as members
        // hang on them
        var users = new ArrayList<User>();
        var members = new ArrayList<Member>();
        var seenMembers = new ArrayList<MirrorRepository.Seen>();
        for (var details : remote.members()) {
            users.add(ids.local(details.user()));
            var member = ids.local(details.member());
            members.add(member);
            seenMembers.add(new MirrorRepository.Seen(MirrorKind.MEMBER, key(id, member.user()),
                    key(remote.organization().id(), details.member().user()), id, checksum(member)));
        }
        counts = users(run, users, counts);
        counts = remembered(run, MirrorKind.MEMBER, members, seenMembers, mirror::putMembers, counts);
        for (var applicant : extras.accounts()) {
            counts = user(run, ids.local(applicant), counts);
        }
        for (var request : extras.pending()) {
            var local = ids.local(request);
            var requestChange = mirror.remember(run, MirrorKind.REQUEST, local.id().value(), request.id().value(), id,
                    checksum(local));
            if (requestChange.isPresent() && requestChange.get() != MirrorChange.UNCHANGED) {
                mirror.putRequest(local);
            }
            counts = count(counts, MirrorKind.REQUEST, requestChange);
        }
        var assignments = new TreeMap<String, Set<SubjectRef>>();
        var remoteUsers = new TreeMap<String, String>();
        for (var assignment : extras.assignments()) {
            Assignment local = ids.local(assignment);
            assignments.computeIfAbsent(local.user().value(), u -> new LinkedHashSet<>()).add(local.subject());
            remoteUsers.put(local.user().value(), assignment.user().value());
        }
        for (Map.Entry<String, Set<SubjectRef>> entry : assignments.entrySet()) {
            var user = new UserId(entry.getKey());
            var assignmentChange = mirror.remember(run, MirrorKind.ASSIGNMENTS, key(id, user),
                    remote.organization().id().value() + "/" + remoteUsers.get(entry.getKey()), id,
                    checksum(entry.getValue()));
            if (assignmentChange.isPresent() && assignmentChange.get() != MirrorChange.UNCHANGED) {
                mirror.putAssignments(id, user, entry.getValue(), clock.instant());
            }
            counts = count(counts, MirrorKind.ASSIGNMENTS, assignmentChange);
        }
        // what the remote no longer shows goes: assignments first, as they hang on members
        for (var gone : mirror.unseen(run, MirrorKind.ASSIGNMENTS, id)) {
            mirror.putAssignments(id, new UserId(gone.substring(gone.indexOf('/') + 1)), Set.of(), clock.instant());
            mirror.forget(origin, MirrorKind.ASSIGNMENTS, gone);
            counts = counts.plus(MirrorKind.ASSIGNMENTS, MirrorChange.REMOVED);
        }
        for (var gone : mirror.unseen(run, MirrorKind.REQUEST, id)) {
            mirror.removeRequest(new io.memberkit.domain.membership.MembershipRequestId(gone));
            mirror.forget(origin, MirrorKind.REQUEST, gone);
            counts = counts.plus(MirrorKind.REQUEST, MirrorChange.REMOVED);
        }
        for (var gone : mirror.unseen(run, MirrorKind.MEMBER, id)) {
            mirror.removeMember(id, new UserId(gone.substring(gone.indexOf('/') + 1)));
            mirror.forget(origin, MirrorKind.MEMBER, gone);
            counts = counts.plus(MirrorKind.MEMBER, MirrorChange.REMOVED);
        }
        mirror.recountMembers(id);
        return counts;
    }

    private MirrorCounts user(MirrorRun run, User user, MirrorCounts counts) {
        return users(run, List.of(user), counts);
    }

    private MirrorCounts users(MirrorRun run, List<User> users, MirrorCounts counts) {
        var prefix = run.origin().tag().length() + 1;
        return remembered(run, MirrorKind.USER, users, users.stream().map(u -> new MirrorRepository.Seen(
                MirrorKind.USER, u.id().value(), u.id().value().substring(prefix), null, checksum(u))).toList(),
                mirror::putUsers, counts);
    }

    /** Rows the run saw ({@code seen}, one per item): the changed ones written by {@code put}, all at once. */
    private <T> MirrorCounts remembered(MirrorRun run, MirrorKind kind, List<T> items,
                                        List<MirrorRepository.Seen> seen, Consumer<List<T>> put,
                                        MirrorCounts counts) {
        var changes = mirror.rememberAll(run, seen);
        var changed = new ArrayList<T>();
        for (int i = 0; i < items.size(); i++) {
            if (changes.get(i).filter(c -> c != MirrorChange.UNCHANGED).isPresent()) {
                changed.add(items.get(i));
            }
            counts = count(counts, kind, changes.get(i));
        }
        if (!changed.isEmpty()) {
            put.accept(changed);
        }
        return counts;
    }

    private static MirrorCounts count(MirrorCounts counts, MirrorKind kind,
                                      java.util.Optional<MirrorChange> change) {
        return change.map(c -> counts.plus(kind, c)).orElse(counts);
    }

    /** A member's or an assignment set's local key: organization and user. */
    static String key(OrganizationId organization, UserId user) {
        return organization.value() + "/" + user.value();
    }

    static String checksum(Organization o) {
        return digest(o.name(), o.acronym(), o.slug().value(), o.description(), String.valueOf(o.url()), o.logo(),
                String.valueOf(o.businessNumber()), o.badges().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")), String.valueOf(o.created()),
                String.valueOf(o.lastModified()), String.valueOf(o.deleted()));
    }

    /** Not {@code since}: uData shows a member's account with the membership's date, which differs per organization. */
    static String checksum(User u) {
        return digest(u.slug().value(), u.firstName(), u.lastName(), u.email() == null ? null : u.email().value(),
                u.about(), String.valueOf(u.website()), u.avatar(), String.valueOf(u.active()),
                String.valueOf(u.deleted()));
    }

    static String checksum(Member m) {
        return digest(m.role().name(), String.valueOf(m.since()));
    }

    static String checksum(MembershipRequest r) {
        return digest(r.kind().name(), r.status().name(), r.invitee().toString(), r.role().name(), r.comment(),
                r.assignments().stream().map(SubjectRef::toString).sorted().collect(Collectors.joining(",")),
                String.valueOf(r.created()), String.valueOf(r.createdBy()), String.valueOf(r.expiresAt()));
    }

    static String checksum(Set<SubjectRef> subjects) {
        return digest(subjects.stream().map(SubjectRef::toString).sorted().collect(Collectors.joining(",")));
    }

    static String digest(String... parts) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            var joined = new ArrayList<String>();
            for (var part : parts) {
                joined.add(part == null ? "\u0000" : part);
            }
            return HexFormat.of().formatHex(sha.digest(String.join("\u001f", joined)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
