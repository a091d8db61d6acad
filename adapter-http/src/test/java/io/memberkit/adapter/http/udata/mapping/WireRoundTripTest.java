package io.memberkit.adapter.http.udata.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.adapter.http.udata.wire.UdataMember;
import io.memberkit.adapter.http.udata.wire.UdataMembershipRequest;
import io.memberkit.adapter.http.udata.wire.UdataOrganization;
import io.memberkit.adapter.http.udata.wire.UdataUser;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mappers both ways, through JSON: what memberkit's own uData-compatible server will serve, read back the same. */
class WireRoundTripTest {
    private static final ObjectMapper JSON = ObjectMapper.getDefault();
    private static final Instant AT = Instant.parse("2024-04-14T00:00:00Z");
    private static final OrganizationId SIG = new OrganizationId(UdataFixtures.SIG_ID);

    private static <T> T through(Object value, Class<T> type) throws IOException {
        return JSON.readValue(JSON.writeValueAsBytes(value), type);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(Object value) throws IOException {
        return JSON.readValue(JSON.writeValueAsBytes(value), Map.class);
    }

    @Test
    void an_organization_read_from_udata_is_served_back_the_same() throws IOException {
        var read = JSON.readValue(UdataFixtures.sig(), UdataOrganization.class);
        var domain = UdataOrganizationMapper.INSTANCE.toDomain(read);

        var served = UdataOrganizationMapper.INSTANCE.toWire(domain);
        var again = UdataOrganizationMapper.INSTANCE.toDomain(through(served, UdataOrganization.class));

        assertThat(again).isEqualTo(domain);
        var tree = tree(served);
        assertThat(tree).containsEntry("business_number_id", "12000101100010")
                .containsEntry("created_at", "2014-09-12T05:39:31.894000+00:00")
                .containsKey("badges");
        assertThat(tree.get("badges")).asList().hasSize(2);
    }

    @Test
    void the_real_members_are_served_back_with_their_label() throws IOException {
        var read = JSON.readValue(UdataFixtures.dinum(), UdataOrganization.class);
        var details = UdataMemberMapper.INSTANCE.toDetails(read.members().get(1), new OrganizationId(read.id()));

        var served = UdataMemberMapper.INSTANCE.toWire(details);

        assertThat(served.role()).isEqualTo("editor");
        assertThat(served.label()).as("uData's own label; data.gouv.fr's translation is not kept").isEqualTo("Editor");
        assertThat(served.since()).isEqualTo("2023-06-05T08:24:08.836000+00:00");
        assertThat(served.user().id()).isEqualTo("646f7a2fc5c5199ab1e22f8d");
        assertThat(served.user().kind()).isEqualTo("User");
        assertThat(served.user().email()).isEqualTo("***@data.gouv.fr");
        var back = UdataMemberMapper.INSTANCE.toDetails(through(served, UdataMember.class), details.member().organization());
        assertThat(back.member()).isEqualTo(details.member());
        assertThat(back.user().email()).isEqualTo(details.user().email());
    }

    @Test
    void a_user_round_trips_with_udatas_spellings() throws IOException {
        var user = new User(new UserId("u1"), new Slug("ada-lovelace"), "Ada", "Lovelace",
                new EmailAddress("ada@example.org"), "About", new WebUrl("https://ada.example.org"), "https://a/b.png",
                Set.of(SiteRole.ADMIN), true, AT, AT.plusSeconds(60), null);

        var served = UdataUserMapper.INSTANCE.toWire(user);

        assertThat(UdataUserMapper.INSTANCE.toDomain(through(served, UdataUser.class))).isEqualTo(user);
        assertThat(tree(served)).containsEntry("first_name", "Ada").containsEntry("since", "2024-04-14T00:00:00+00:00")
                .containsEntry("last_login_at", "2024-04-14T00:01:00+00:00").containsEntry("roles",
                        java.util.List.of("admin"));
    }

    @Test
    void an_invitation_round_trips_with_its_class_keys() throws IOException {
        var invitation = new MembershipRequest(new MembershipRequestId("r1"), SIG, RequestKind.INVITATION,
                RequestStatus.REFUSED, new Invitee.ByEmail(new EmailAddress("new@example.org")),
                MemberRole.PARTIAL_EDITOR, "Join", Set.of(SubjectRef.dataset("d1")), AT, new UserId("admin"),
                new UserId("admin"), AT.plusSeconds(5), "No thanks", null);

        var served = UdataRequestMapper.INSTANCE.toWire(invitation, UdataReferences.BY_ID);
        var back = UdataRequestMapper.INSTANCE.toDomain(through(served, UdataMembershipRequest.class), SIG);

        assertThat(back).isEqualTo(invitation);
        var tree = tree(served);
        assertThat(tree).containsEntry("kind", "invitation").containsEntry("status", "refused")
                .containsEntry("role", "partial_editor").containsEntry("email", "new@example.org")
                .containsEntry("refusal_comment", "No thanks");
        assertThat(tree.get("assignments")).isEqualTo(java.util.List.of(Map.of("class", "Dataset", "id", "d1")));
    }

    @Test
    void assignments_and_follows_round_trip() throws IOException {
        var assignment = new Assignment(SIG, new UserId("u1"), SubjectRef.reuse("r1"), AT);
        var follow = new Follow(new UserId("u1"), new FollowTarget.OfOrganization(SIG), AT);

        var servedAssignment = UdataAssignmentMapper.INSTANCE.toWire(assignment, UdataReferences.BY_ID);
        var servedFollow = UdataFollowMapper.INSTANCE.toWire(follow, UdataReferences.BY_ID);

        assertThat(UdataAssignmentMapper.INSTANCE.toDomain(through(servedAssignment,
                io.memberkit.adapter.http.udata.wire.UdataAssignment.class), SIG)).isEqualTo(assignment);
        assertThat(UdataFollowMapper.INSTANCE.toDomain(through(servedFollow,
                io.memberkit.adapter.http.udata.wire.UdataFollow.class), follow.target())).isEqualTo(follow);
        assertThat(tree(servedAssignment).get("subject")).isEqualTo(Map.of("class", "Reuse", "id", "r1"));
    }

    @Test
    void unknown_fields_and_nulls_are_tolerated() throws IOException {
        var read = JSON.readValue("""
                {"id": "u9", "slug": "x-y", "first_name": "X", "last_name": "Y", "since": "2024-04-14",
                 "something_new": {"nested": [1, 2, 3]}, "email": null, "roles": null, "active": null}""",
                UdataUser.class);

        var user = UdataUserMapper.INSTANCE.toDomain(read);

        assertThat(user.active()).isTrue();
        assertThat(user.roles()).isEmpty();
        assertThat(user.email()).isNull();
        assertThat(user.since()).isEqualTo(AT);
    }

    @Test
    void member_details_without_an_email_serve_none() {
        var details = new MemberDetails(new io.memberkit.domain.membership.Member(SIG, new UserId("u1"),
                MemberRole.ADMIN, AT), new User(new UserId("u1"), new Slug("a-b"), "A", "B", null, null, null, null,
                Set.of(), true, AT, null, null));

        assertThat(UdataMemberMapper.INSTANCE.toWire(details).user().email()).isNull();
    }

    @Test
    void an_organization_is_served_with_its_members_and_the_viewers_permissions_never_its_requests()
            throws IOException {
        var organization = UdataOrganizationMapper.INSTANCE.toDomain(JSON.readValue(UdataFixtures.sig(),
                UdataOrganization.class));
        var admin = new User(new UserId("u1"), new Slug("ada-lovelace"), "Ada", "Lovelace",
                new io.memberkit.domain.common.MaskedEmail("ad***@example.org"), null, null, null, Set.of(), true, AT,
                null, null);
        var members = java.util.List.of(new MemberDetails(new io.memberkit.domain.membership.Member(SIG,
                admin.id(), MemberRole.ADMIN, AT), admin));

        var served = UdataOrganizationMapper.INSTANCE.toWire(organization, members,
                io.memberkit.domain.permission.OrganizationPermissions.EDITOR);

        var tree = tree(served);
        assertThat(tree).doesNotContainKey("requests").containsEntry("uri",
                "/api/1/organizations/" + UdataFixtures.SIG_ID + "/");
        assertThat(tree.get("permissions")).isEqualTo(Map.of("edit", false, "delete", false, "members", false,
                "harvest", false, "private", true));
        assertThat(served.members()).singleElement().satisfies(m -> {
            assertThat(m.label()).isEqualTo("Administrator");
            assertThat(m.user().email()).isEqualTo("ad***@example.org");
        });
        assertThat(UdataOrganizationMapper.INSTANCE.toWire(organization, null, null).members()).isNull();
    }

    @Test
    void references_decide_how_the_people_and_organization_of_a_payload_are_named() {
        var invitation = new MembershipRequest(new MembershipRequestId("r1"), SIG, RequestKind.INVITATION,
                RequestStatus.PENDING, new Invitee.Known(new UserId("u2")), MemberRole.EDITOR, "Join", Set.of(), AT,
                new UserId("u1"), null, null, null, null);
        var named = new UdataReferences() {
            @Override
            public io.memberkit.adapter.http.udata.wire.UdataUserRef user(UserId user) {
                return new io.memberkit.adapter.http.udata.wire.UdataUserRef("User", user.value(), "Name of",
                        user.value(), null, null, null, null, null, null, null);
            }

            @Override
            public io.memberkit.adapter.http.udata.wire.UdataOrganizationRef organization(OrganizationId organization) {
                return new io.memberkit.adapter.http.udata.wire.UdataOrganizationRef("Organization",
                        organization.value(), "SIG", null, null, null, null, null, null, null);
            }
        };

        var served = UdataRequestMapper.INSTANCE.toWire(invitation, named);
        var byId = UdataRequestMapper.INSTANCE.toWire(invitation, UdataReferences.BY_ID);
        var pending = UdataRequestMapper.INSTANCE.toPendingWire(invitation, named);

        assertThat(served.user().firstName()).isEqualTo("Name of");
        assertThat(served.createdBy().lastName()).isEqualTo("u1");
        assertThat(byId.user().firstName()).isNull();
        assertThat(byId.user().uri()).isEqualTo("/api/1/users/u2/");
        assertThat(pending.organization().name()).isEqualTo("SIG");
        assertThat(pending.role()).isEqualTo("editor");
    }
}
