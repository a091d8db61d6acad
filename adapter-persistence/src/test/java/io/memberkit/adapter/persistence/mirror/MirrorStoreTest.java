package io.memberkit.adapter.persistence.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.adapter.persistence.testing.TestDatabase;
import io.memberkit.application.port.out.MirrorChange;
import io.memberkit.application.port.out.MirrorCounts;
import io.memberkit.application.port.out.MirrorKind;
import io.memberkit.application.port.out.MirrorRepository;
import io.memberkit.application.port.out.MirrorScope;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.port.out.OutboxState;
import io.memberkit.application.port.out.PendingWrite;
import io.memberkit.application.port.out.RemoteOrigin;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.MaskedEmail;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The mirror's bookkeeping and the outbox on a real database (H2 in PostgreSQL mode, and PostgreSQL): origins and
 * checksums, runs and their resumption, the writes of the remote's facts, and the outbox's order and states.
 */
public abstract class MirrorStoreTest {
    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");
    private static final RemoteOrigin ORIGIN = new RemoteOrigin("udata", "https://demo.data.gouv.fr/api/1");
    private OutboundPorts ports;
    private JdbcMirrorRepository mirror;
    private JdbcOutboxRepository outbox;

    protected abstract TestDatabase database();

    @BeforeEach
    void anEmptyMirror() {
        ports = database().emptyPorts();
        mirror = database().bean(JdbcMirrorRepository.class);
        outbox = database().bean(JdbcOutboxRepository.class);
    }

    private <T> T inUnit(Supplier<T> work) {
        return ports.unitOfWork().write(work);
    }

    @Nested
    class Origins {
        @Test
        void a_row_is_added_then_unchanged_or_updated_by_its_checksum_and_seen_once_per_run() {
            var first = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));
            assertThat(inUnit(() -> mirror.remember(first, MirrorKind.USER, "t.u1", "u1", null, "a".repeat(64))))
                    .contains(MirrorChange.ADDED);
            assertThat(inUnit(() -> mirror.remember(first, MirrorKind.USER, "t.u1", "u1", null, "a".repeat(64))))
                    .isEmpty();
            inUnit(() -> {
                mirror.finish(first, MirrorCounts.ZERO, AT);
                return null;
            });

            var second = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));

            assertThat(inUnit(() -> mirror.remember(second, MirrorKind.USER, "t.u1", "u1", null, "a".repeat(64))))
                    .contains(MirrorChange.UNCHANGED);
            var third = inUnit(() -> {
                mirror.finish(second, MirrorCounts.ZERO, AT);
                return mirror.begin(ORIGIN, new MirrorScope.Mine(), AT);
            });
            assertThat(inUnit(() -> mirror.remember(third, MirrorKind.USER, "t.u1", "u1", null, "b".repeat(64))))
                    .contains(MirrorChange.UPDATED);
        }

        @Test
        void many_rows_are_remembered_at_once_in_order_and_a_row_given_twice_counts_once() {
            var organization = new OrganizationId("t.o1");
            var first = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));
            var rows = List.of(seen("t.o1/t.u1", "a"), seen("t.o1/t.u2", "a"), seen("t.o1/t.u1", "a"));

            assertThat(inUnit(() -> mirror.rememberAll(first, rows))).containsExactly(
                    Optional.of(MirrorChange.ADDED), Optional.of(MirrorChange.ADDED), Optional.empty());
            var second = inUnit(() -> {
                mirror.finish(first, MirrorCounts.ZERO, AT);
                return mirror.begin(ORIGIN, new MirrorScope.Mine(), AT);
            });

            assertThat(inUnit(() -> mirror.rememberAll(second, List.of(seen("t.o1/t.u2", "b"), seen("t.o1/t.u1", "a"),
                    seen("t.o1/t.u3", "a"))))).containsExactly(Optional.of(MirrorChange.UPDATED),
                    Optional.of(MirrorChange.UNCHANGED), Optional.of(MirrorChange.ADDED));
            assertThat(inUnit(() -> mirror.unseen(second, MirrorKind.MEMBER, organization))).isEmpty();
        }

        @Test
        void after_its_checksums_are_forgotten_an_organizations_rows_are_written_again() {
            var organization = new OrganizationId("t.o1");
            var first = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));
            inUnit(() -> {
                mirror.remember(first, MirrorKind.MEMBER, "t.o1/t.u1", "o1/u1", organization, "a".repeat(64));
                mirror.remember(first, MirrorKind.MEMBER, "t.o2/t.u1", "o2/u1", new OrganizationId("t.o2"),
                        "a".repeat(64));
                mirror.finish(first, MirrorCounts.ZERO, AT);
                mirror.forgetChecksums(organization);
                return null;
            });
            var second = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));

            assertThat(inUnit(() -> mirror.remember(second, MirrorKind.MEMBER, "t.o1/t.u1", "o1/u1", organization,
                    "a".repeat(64)))).contains(MirrorChange.UPDATED);
            assertThat(inUnit(() -> mirror.remember(second, MirrorKind.MEMBER, "t.o2/t.u1", "o2/u1",
                    new OrganizationId("t.o2"), "a".repeat(64)))).contains(MirrorChange.UNCHANGED);
        }

        @Test
        void what_a_run_did_not_see_is_listed_per_organization() {
            var organization = new OrganizationId("t.o1");
            var first = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));
            inUnit(() -> {
                mirror.remember(first, MirrorKind.MEMBER, "t.o1/t.u1", "o1/u1", organization, "a".repeat(64));
                mirror.remember(first, MirrorKind.MEMBER, "t.o1/t.u2", "o1/u2", organization, "a".repeat(64));
                mirror.finish(first, MirrorCounts.ZERO, AT);
                return null;
            });
            var second = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));
            inUnit(() -> mirror.remember(second, MirrorKind.MEMBER, "t.o1/t.u1", "o1/u1", organization,
                    "a".repeat(64)));

            assertThat(inUnit(() -> mirror.unseen(second, MirrorKind.MEMBER, organization)))
                    .containsExactly("t.o1/t.u2");
            assertThat(inUnit(() -> mirror.unseen(second, MirrorKind.MEMBER, new OrganizationId("t.o2")))).isEmpty();
        }

        @Test
        void a_pushed_row_is_linked_both_ways() {
            inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));

            inUnit(() -> {
                mirror.link(ORIGIN, MirrorKind.REQUEST, "local-1", "remote-1", new OrganizationId("t.o1"));
                return null;
            });

            assertThat(inUnit(() -> mirror.localId(ORIGIN, MirrorKind.REQUEST, "remote-1"))).contains("local-1");
            assertThat(inUnit(() -> mirror.remoteId(ORIGIN, MirrorKind.REQUEST, "local-1"))).contains("remote-1");
            assertThat(inUnit(() -> mirror.remoteId(ORIGIN, MirrorKind.REQUEST, "local-2"))).isEmpty();
        }
    }

    @Nested
    class Runs {
        @Test
        void an_unfinished_run_of_the_same_scope_is_resumed_with_its_counts() {
            var run = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));
            var counts = MirrorCounts.ZERO.plus(MirrorKind.ORGANIZATION, MirrorChange.ADDED);
            inUnit(() -> {
                mirror.checkpoint(run, counts);
                return null;
            });

            var resumed = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));

            assertThat(resumed.id()).isEqualTo(run.id());
            assertThat(resumed.resumed()).isTrue();
            assertThat(resumed.counts()).isEqualTo(counts);
        }

        @Test
        void another_scope_starts_a_new_run_and_leaves_the_unfinished_one_to_be_resumed() {
            var run = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));

            var other = inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Chosen(List.of("o1")), AT));
            inUnit(() -> {
                mirror.finish(other, MirrorCounts.ZERO, AT);
                return null;
            });

            assertThat(other.id()).isNotEqualTo(run.id());
            assertThat(other.resumed()).isFalse();
            assertThat(inUnit(() -> mirror.lastRuns())).extracting(r -> r.id()).containsExactly(other.id(), run.id());
            assertThat(inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT)).id()).isEqualTo(run.id());
        }
    }

    private static MirrorRepository.Seen seen(String localId, String checksum) {
        return new MirrorRepository.Seen(MirrorKind.MEMBER, localId, localId.replace("t.", ""),
                new OrganizationId(localId.substring(0, localId.indexOf('/'))), checksum.repeat(64));
    }

    private static io.memberkit.domain.user.User account(String id, Slug slug, String email) {
        return new io.memberkit.domain.user.User(new UserId(id), slug, "Ada", "Lovelace",
                new io.memberkit.domain.common.EmailAddress(email), null, null, null, Set.of(), true, AT, null, null,
                true);
    }

    @Nested
    class Writes {
        @Test
        void accounts_put_at_once_never_share_a_slug_or_an_address() {
            var local = TestUsers.aUser().build();
            inUnit(() -> ports.users().add(local));
            var renamed = new io.memberkit.domain.user.User(local.id(), local.slug(), "Grace", "Hopper",
                    local.email(), null, null, null, Set.of(), true, AT, null, null, true);
            var first = account("t.u1", new Slug("ada-lovelace"), "ada@example.org");
            var second = account("t.u2", new Slug("ada-lovelace"), "ada@example.org");
            var third = account("t.u3", local.slug(), ((io.memberkit.domain.common.EmailAddress) local.email()).value());

            inUnit(() -> {
                mirror.putUsers(List.of(renamed, first, second, third));
                return null;
            });

            assertThat(ports.users().find(local.id()).orElseThrow().firstName()).isEqualTo("Grace");
            var one = ports.users().find(first.id()).orElseThrow();
            var two = ports.users().find(second.id()).orElseThrow();
            var three = ports.users().find(third.id()).orElseThrow();
            assertThat(one.slug()).isEqualTo(new Slug("ada-lovelace"));
            assertThat(one.email()).isEqualTo(new io.memberkit.domain.common.EmailAddress("ada@example.org"));
            assertThat(two.slug()).isEqualTo(new Slug("ada-lovelace-1"));
            assertThat(two.email()).isNull();
            assertThat(three.slug()).isEqualTo(new Slug(local.slug().value() + "-1"));
            assertThat(three.email()).isNull();
        }

        @Test
        void members_put_at_once_are_added_or_changed_and_a_changed_role_loses_its_assignments() {
            var organization = TestOrganizations.anOrganization().build();
            var kept = TestUsers.aUser().build();
            var promoted = TestUsers.aUser().build();
            var added = TestUsers.aUser().build();
            inUnit(() -> {
                mirror.putOrganization(organization);
                List.of(kept, promoted, added).forEach(ports.users()::add);
                mirror.putMembers(List.of(new Member(organization.id(), kept.id(), MemberRole.ADMIN, AT),
                        new Member(organization.id(), promoted.id(), MemberRole.PARTIAL_EDITOR, AT)));
                mirror.putAssignments(organization.id(), promoted.id(), Set.of(SubjectRef.dataset("d1")), AT);
                return null;
            });

            inUnit(() -> {
                mirror.putMembers(List.of(new Member(organization.id(), promoted.id(), MemberRole.EDITOR, AT),
                        new Member(organization.id(), added.id(), MemberRole.EDITOR, AT)));
                mirror.recountMembers(organization.id());
                return null;
            });

            assertThat(ports.members().find(organization.id(), promoted.id()).orElseThrow().role())
                    .isEqualTo(MemberRole.EDITOR);
            assertThat(ports.members().find(organization.id(), added.id())).isPresent();
            assertThat(ports.members().find(organization.id(), kept.id()).orElseThrow().role())
                    .isEqualTo(MemberRole.ADMIN);
            assertThat(ports.assignments().of(organization.id(), promoted.id())).isEmpty();
            assertThat(ports.organizations().find(organization.id()).orElseThrow().metrics().members()).isEqualTo(3);
        }

        @Test
        void a_slug_another_account_holds_gets_the_next_suffix_and_a_masked_address_is_not_kept() {
            var local = TestUsers.aUser().build();
            inUnit(() -> ports.users().add(local));
            var mirrored = TestUsers.aUser().id("t.u1").build();
            var sameSlug = new io.memberkit.domain.user.User(mirrored.id(), local.slug(), "Ada", "Lovelace",
                    new MaskedEmail("ad***@example.org"), null, null, null, Set.of(), true, AT, null, null, true);

            inUnit(() -> {
                mirror.putUser(sameSlug);
                return null;
            });

            var stored = ports.users().find(mirrored.id()).orElseThrow();
            assertThat(stored.slug()).isEqualTo(new Slug(local.slug().value() + "-1"));
            assertThat(stored.email()).isNull();
        }

        @Test
        void only_a_partial_editor_holds_assignments() {
            var organization = TestOrganizations.anOrganization().build();
            var editor = TestUsers.aUser().build();
            var partial = TestUsers.aUser().build();
            inUnit(() -> {
                mirror.putOrganization(organization);
                ports.users().add(editor);
                ports.users().add(partial);
                mirror.putMember(new Member(organization.id(), editor.id(), MemberRole.EDITOR, AT));
                mirror.putMember(new Member(organization.id(), partial.id(), MemberRole.PARTIAL_EDITOR, AT));
                mirror.putAssignments(organization.id(), editor.id(), Set.of(SubjectRef.dataset("d1")), AT);
                mirror.putAssignments(organization.id(), partial.id(), Set.of(SubjectRef.dataset("d1")), AT);
                mirror.recountMembers(organization.id());
                return null;
            });

            assertThat(ports.assignments().of(organization.id(), editor.id())).isEmpty();
            assertThat(ports.assignments().of(organization.id(), partial.id())).hasSize(1);
            assertThat(ports.organizations().find(organization.id()).orElseThrow().metrics().members())
                    .isEqualTo(2);

            inUnit(() -> {
                mirror.putMember(new Member(organization.id(), partial.id(), MemberRole.EDITOR, AT));
                return null;
            });
            assertThat(ports.assignments().of(organization.id(), partial.id())).isEmpty();
        }

        @Test
        void removing_an_organization_removes_everything_in_it() {
            var organization = TestOrganizations.anOrganization().build();
            var user = TestUsers.aUser().build();
            inUnit(() -> {
                mirror.putOrganization(organization);
                ports.users().add(user);
                mirror.putMember(new Member(organization.id(), user.id(), MemberRole.PARTIAL_EDITOR, AT));
                mirror.putAssignments(organization.id(), user.id(), Set.of(SubjectRef.dataset("d1")), AT);
                return null;
            });

            inUnit(() -> {
                mirror.removeOrganization(organization.id());
                return null;
            });

            assertThat(ports.organizations().find(organization.id())).isEmpty();
            assertThat(ports.members().find(organization.id(), user.id())).isEmpty();
            assertThat(ports.users().find(user.id())).isPresent();
        }
    }

    @Nested
    class The_outbox {
        @Test
        void keeps_writes_in_order_each_with_its_own_key_and_moves_them_through_their_states() {
            var organization = new OrganizationId("t.o1");
            inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));
            var first = inUnit(() -> outbox.append(ORIGIN, new PendingWrite.ChangeRole(organization,
                    new UserId("t.u1"), MemberRole.ADMIN), new UserId("t.u0"), AT));
            var second = inUnit(() -> outbox.append(ORIGIN, new PendingWrite.ChangeAssignments(organization,
                    new UserId("t.u2"), Set.of(SubjectRef.dataset("d1")), Set.of(SubjectRef.reuse("r1"))), null, AT));

            assertThat(inUnit(() -> outbox.next(ORIGIN, 10))).extracting(e -> e.write())
                    .containsExactly(first.write(), second.write());
            assertThat(first.idempotencyKey()).isNotEqualTo(second.idempotencyKey());

            inUnit(() -> {
                outbox.mark(first.sequence(), OutboxState.SENT, null, AT);
                outbox.mark(second.sequence(), OutboxState.CONFLICT, "404: not a member", AT);
                return null;
            });

            assertThat(inUnit(() -> outbox.next(ORIGIN, 10))).isEmpty();
            assertThat(inUnit(() -> outbox.inState(OutboxState.CONFLICT, 10))).singleElement()
                    .satisfies(e -> assertThat(e.message()).isEqualTo("404: not a member"));
            assertThat(inUnit(() -> outbox.count(ORIGIN, OutboxState.SENT))).isEqualTo(1);
            assertThat(inUnit(() -> outbox.find(first.sequence()))).map(e -> e.state()).contains(OutboxState.SENT);
            assertThat(inUnit(() -> outbox.find(first.sequence() + 100))).isEqualTo(Optional.empty());
        }

        @Test
        void an_invitation_by_email_and_an_unsupported_write_read_back_as_written() {
            var organization = new OrganizationId("t.o1");
            inUnit(() -> mirror.begin(ORIGIN, new MirrorScope.Mine(), AT));
            var invite = new PendingWrite.Invite(organization, new io.memberkit.domain.membership.MembershipRequestId(
                    "r1"), new io.memberkit.domain.membership.Invitee.ByEmail(
                    new io.memberkit.domain.common.EmailAddress("someone@example.org")), MemberRole.PARTIAL_EDITOR,
                    Set.of(SubjectRef.dataset("d1")));
            var unsupported = new PendingWrite.Unsupported(organization, "DomainDeclared");

            inUnit(() -> outbox.append(ORIGIN, invite, null, AT));
            inUnit(() -> outbox.append(ORIGIN, unsupported, null, AT));

            assertThat(inUnit(() -> outbox.next(ORIGIN, 10))).extracting(e -> e.write())
                    .isEqualTo(List.of(invite, unsupported));
        }
    }
}
