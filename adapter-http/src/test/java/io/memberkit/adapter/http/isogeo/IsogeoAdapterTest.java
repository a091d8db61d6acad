package io.memberkit.adapter.http.isogeo;

import static io.memberkit.adapter.http.fake.FakeRemote.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.memberkit.adapter.http.isogeo.wire.IsogeoAccount;
import io.memberkit.adapter.http.isogeo.wire.IsogeoMembership;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.ListMyOrganizations;
import io.memberkit.application.port.in.me.MyOrganization;
import io.memberkit.application.port.in.member.AddMember;
import io.memberkit.application.port.in.member.InviteMember;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.OrganizationQuery;
import io.memberkit.application.port.out.UserQuery;
import io.memberkit.application.service.MeService;
import io.memberkit.application.service.MemberService;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationMetrics;
import io.memberkit.domain.permission.EditRights;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Isogeo's account and workgroups, from the real payloads of its documentation, as memberkit's users, organizations and members. */
class IsogeoAdapterTest extends IsogeoTestSupport {
    private static final Instant ACCOUNT_CREATED = Instant.parse("2014-03-14T14:11:40.6815298Z");
    private static final Instant ISTRES_CREATED = Instant.parse("2016-11-29T09:04:49.8446535Z");
    private static final Instant MONTARGIS_CREATED = Instant.parse("2017-02-20T16:53:48.8643365Z");

    @Nested
    class TheTokensOwner {
        @Test
        void is_read_from_account_with_the_bearer_token_and_mapped_field_by_field() {
            servesTheRealAccount();

            var me = adapter.users().find(ME).orElseThrow();

            assertThat(me).isEqualTo(new User(ME, new Slug("prenom-nom"), "Prénom", "NOM",
                    new EmailAddress("prenom.nom@organization.com"), null, null, null, Set.of(SiteRole.ADMIN), true,
                    ACCOUNT_CREATED, null, null));
            var request = isogeo.requests().get(isogeo.requests().size() - 1);
            assertThat(request.line()).isEqualTo("GET /account");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(request.header("Accept")).isEqualTo("application/json");
        }

        @Test
        void keeps_in_the_wire_record_what_memberkits_model_has_no_place_for() {
            servesTheRealAccount();

            IsogeoAccount account = adapter.client().account(Function.identity());

            assertThat(account.contact().phone()).isEqualTo("+33 6 69 11 82 18");
            assertThat(account.contact().addressLine1()).isEqualTo("26 rue du faubourg Saint-Antoine");
            assertThat(account.contact().city()).isEqualTo("Paris");
            assertThat(account.contact().zipCode()).isEqualTo("75012");
            assertThat(account.contact().countryCode()).isEqualTo("FR");
            assertThat(account.contact().tag()).isEqualTo("contact:user:647ce48061a64faf9f75577a41a63229");
            assertThat(account.language()).isEmpty();
            assertThat(account.timezone()).isEqualTo("Romance Standard Time");
            assertThat(account.staff()).isTrue();
        }

        @Test
        void is_learnt_once_per_adapter() {
            servesTheRealAccount();
            try (var fresh = IsogeoAdapter.create(configuration())) {
                assertThat(fresh.owner()).contains(ME);
                assertThat(fresh.owner()).contains(ME);
            }
            assertThat(isogeo.count("GET", "/account")).isEqualTo(1);
        }

        @Test
        void an_id_of_another_provider_is_absent_without_a_call() {
            assertThat(adapter.users().find(new UserId("awx:1"))).isEmpty();
            assertThat(adapter.users().find(new UserId("5dceb228634f41695338defb"))).isEmpty();
            assertThat(adapter.members().membershipsOf(new UserId("awx:1"))).isEmpty();
            assertThat(adapter.organizations().find(new OrganizationId("54126af3a3a7292a9bbf14d6"))).isEmpty();

            assertThat(isogeo.requests()).isEmpty();
        }

        @Test
        void anyone_else_is_a_question_isogeo_cannot_answer() {
            servesTheRealAccount();
            var someoneElse = new UserId("isogeo:1a2b3c4d5e6f7g8h9i0j11k12l13m14n");

            assertThatThrownBy(() -> adapter.users().find(someoneElse))
                    .isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessage("reading another user's account is not supported by isogeo");
            assertThatThrownBy(() -> adapter.members().membershipsOf(someoneElse))
                    .isInstanceOf(BackendFailure.NotSupported.class);
        }

        @Test
        void is_found_by_their_own_email_only() {
            servesTheRealAccount();

            assertThat(adapter.users().findByEmail(new EmailAddress("Prenom.Nom@organization.com"))).get()
                    .extracting(User::id).isEqualTo(ME);
            assertThatThrownBy(() -> adapter.users().findByEmail(new EmailAddress("other@example.org")))
                    .isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessageEndingWith("not supported by isogeo");
        }
    }

    @Nested
    class TheOwnersWorkgroups {
        @Test
        void are_memberships_with_the_role_and_the_latest_creation_as_start() {
            servesTheRealAccount();

            var memberships = adapter.members().membershipsOf(ME);

            assertThat(memberships).containsExactly(new Member(ISTRES, ME, MemberRole.ADMIN, ISTRES_CREATED),
                    new Member(MONTARGIS, ME, MemberRole.ADMIN, MONTARGIS_CREATED));
            assertThat(isogeo.requests()).extracting(r -> r.line()).endsWith("GET /account/memberships");
        }

        @Test
        void a_workgroup_is_an_organization_field_by_field() {
            servesTheRealAccount();

            var istres = adapter.organizations().find(ISTRES).orElseThrow();

            assertThat(istres).isEqualTo(new Organization(ISTRES, "Conseil de territoire Istres-Ouest Provence", null,
                    new Slug("conseil-de-territoire-istres-ouest-provence"), null, null, null, null, Set.of(),
                    ISTRES_CREATED, Instant.parse("2016-12-05T18:00:28.0279419Z"), null, OrganizationMetrics.ZERO));
            assertThat(adapter.organizations().findBySlug(new Slug("agglomeration-montargoise-et-rives-du-loing")))
                    .get().extracting(Organization::id).isEqualTo(MONTARGIS);
        }

        @Test
        void keep_their_capabilities_in_the_wire_record() {
            servesTheRealAccount();

            List<IsogeoMembership> memberships = adapter.client().memberships(Function.identity());

            var istres = memberships.get(0).group();
            assertThat(istres.tag()).isEqualTo("owner:60a8a69b7a8e43e5881800749a24068c");
            assertThat(istres.canCreateMetadata()).isTrue();
            assertThat(istres.canCreateLegacyServiceLinks()).isTrue();
            assertThat(istres.areKeywordsRestricted()).isFalse();
            assertThat(istres.hasCswClient()).isFalse();
            assertThat(istres.hasScanFme()).isTrue();
            assertThat(istres.keywordsCasing()).isEqualTo("capitalized");
            assertThat(istres.metadataLanguage()).isEqualTo("fr");
            assertThat(istres.contact().email()).isEqualTo("michel.privat@ampmetropole.fr");
            assertThat(memberships.get(1).group().themeColor()).isEqualTo("#188AAA");
            assertThat(memberships.get(1).group().contact().addressLine2()).isEqualTo("CS10317");
            assertThat(memberships.get(0).id()).isEqualTo("4f5f97e268cd475f8df2e76971e42102");
        }

        @Test
        void writers_are_editors_and_readers_partial_editors_who_edit_nothing() {
            isogeo.on("GET", "/account", Reply.ok(account()));
            isogeo.on("GET", "/account/memberships", Reply.ok(memberships()
                    .replaceFirst("\"role\": \"admin\"", "\"role\": \"writer\"")
                    .replaceFirst("\"role\": \"admin\"", "\"role\": \"reader\"")));

            assertThat(adapter.members().membershipsOf(ME)).extracting(Member::role)
                    .containsExactly(MemberRole.EDITOR, MemberRole.PARTIAL_EDITOR);
        }

        @Test
        void an_unknown_role_makes_the_payload_a_bad_answer() {
            isogeo.on("GET", "/account", Reply.ok(account()));
            isogeo.on("GET", "/account/memberships", Reply.ok(memberships()
                    .replaceFirst("\"role\": \"admin\"", "\"role\": \"owner\"")));

            assertThatThrownBy(() -> adapter.members().membershipsOf(ME))
                    .isInstanceOf(BackendFailure.BadAnswer.class)
                    .hasMessageContaining("GET /account/memberships").hasMessageContaining("unknown role 'owner'");
        }

        @Test
        void a_membership_is_found_and_a_workgroup_the_owner_is_not_in_is_not_a_membership() {
            servesTheRealAccount();

            assertThat(adapter.members().find(MONTARGIS, ME)).get().extracting(Member::role)
                    .isEqualTo(MemberRole.ADMIN);
            assertThat(adapter.members().find(new OrganizationId("isogeo:ffff"), ME)).isEmpty();
            assertThatThrownBy(() -> adapter.organizations().find(new OrganizationId("isogeo:ffff")))
                    .isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessage("reading a workgroup the token's owner is not a member of is not supported by isogeo");
        }

        @Test
        void staff_may_edit_as_site_admins() {
            servesTheRealAccount();

            assertThat(adapter.members().editRights(ME, ISTRES, SubjectRef.dataset("d1")))
                    .isEqualTo(new EditRights(true, true, Optional.empty(), false));
        }

        @Test
        void a_member_who_is_not_staff_edits_by_their_role() {
            isogeo.on("GET", "/account", Reply.ok(account().replace("\"staff\": true", "\"staff\": false")));
            isogeo.on("GET", "/account/memberships", Reply.ok(memberships()));

            assertThat(adapter.members().editRights(ME, ISTRES, SubjectRef.dataset("d1")))
                    .isEqualTo(new EditRights(true, false, Optional.of(MemberRole.ADMIN), false));
        }
    }

    @Nested
    class ThroughTheUseCases {
        @Test
        void me_and_my_organizations_with_my_role() {
            servesTheRealAccount();
            var service = new MeService(ports());

            var me = service.get(new GetMe(Actor.user(ME)));
            var mine = service.list(new ListMyOrganizations(Actor.user(ME)));

            assertThat(me.fullName()).isEqualTo("Prénom NOM");
            assertThat(mine).extracting(m -> m.organization().name(), m -> m.membership().role())
                    .containsExactly(
                            tuple("Conseil de territoire Istres-Ouest Provence",
                                    MemberRole.ADMIN),
                            tuple("Agglomération Montargoise Et rives du loing",
                                    MemberRole.ADMIN));
            assertThat(mine).extracting(MyOrganization::membership).extracting(Member::user).containsOnly(ME);
        }

        @Test
        void inviting_and_adding_fail_clearly_as_not_supported_by_isogeo() {
            servesTheRealAccount();
            var members = new MemberService(ports(), MembershipSettings.DEFAULTS);

            assertThatThrownBy(() -> members.invite(new InviteMember(Actor.user(ME), ISTRES,
                    new Invitee.ByEmail(new EmailAddress("newcomer@example.org")), MemberRole.EDITOR, Set.of(), null)))
                    .isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessageEndingWith("is not supported by isogeo");
            var colleague = new UserId("isogeo:1a2b3c4d5e6f7g8h9i0j11k12l13m14n");
            assertThatThrownBy(() -> members.add(new AddMember(Actor.user(ME), ISTRES, colleague, MemberRole.EDITOR)))
                    .isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessageEndingWith("is not supported by isogeo");
        }
    }

    @Nested
    class EverythingElse {
        @Test
        void fails_as_not_supported_by_isogeo_naming_the_operation_without_a_call() {
            var ports = ports();
            var user = new User(ME, new Slug("me"), "A", "B", null, null, null, null, Set.of(), true, Instant.EPOCH,
                    null, null);
            var org = new Organization(ISTRES, "Istres", null, new Slug("istres"), null, null, null, null, Set.of(),
                    Instant.EPOCH, null, null, null);
            var member = new Member(ISTRES, ME, MemberRole.EDITOR, Instant.EPOCH);
            List<Runnable> calls = List.of(
                    () -> ports.users().list(UserQuery.all(),
                            PageRequest.firstPage()),
                    () -> ports.users().suggest("a", 5),
                    () -> ports.users().add(user),
                    () -> ports.users().update(user),
                    () -> ports.users().updateOwnProfile(user),
                    () -> ports.users().deleteOwnAccount(user),
                    () -> ports.organizations().list(OrganizationQuery.all(),
                            PageRequest.firstPage()),
                    () -> ports.organizations().create(org, member),
                    () -> ports.organizations().update(org),
                    () -> ports.organizations().markDeleted(org),
                    () -> ports.members().list(ISTRES, Optional.empty(),
                            PageRequest.firstPage()),
                    () -> ports.members().countAdmins(ISTRES),
                    () -> ports.members().add(member),
                    () -> ports.members().changeRole(ISTRES, ME, MemberRole.ADMIN),
                    () -> ports.members().remove(ISTRES, ME),
                    () -> ports.requests().pendingInvitationsFor(ME, Optional.empty()),
                    () -> ports.assignments().of(ISTRES, ME),
                    () -> ports.subjects().find(SubjectRef.dataset("d1")),
                    () -> ports.follows().count(new FollowTarget.OfUser(ME)));

            assertThat(calls).allSatisfy(call -> assertThatThrownBy(call::run)
                    .isInstanceOf(BackendFailure.NotSupported.class)
                    .hasMessageEndingWith(" is not supported by isogeo"));
            assertThat(isogeo.requests()).isEmpty();
        }
    }
}
