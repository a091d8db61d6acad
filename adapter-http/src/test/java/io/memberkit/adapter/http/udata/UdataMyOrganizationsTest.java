package io.memberkit.adapter.http.udata;

import static io.memberkit.adapter.http.udata.fake.FakeUdata.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.adapter.http.udata.fake.UdataFixtures;
import io.memberkit.application.fake.InMemoryStore;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.ListMyOrganizations;
import io.memberkit.application.port.in.member.AddMember;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.service.MeService;
import io.memberkit.application.service.MemberService;
import io.memberkit.application.service.MembershipSettings;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "Me" and "my organizations with my role" through the use cases, on uData's real SIG payload, as for Isogeo and AWX. */
class UdataMyOrganizationsTest extends UdataTestSupport {
    private static final OrganizationId SIG = new OrganizationId(UdataFixtures.SIG_ID);
    private static final UserId MISSAK = new UserId(ME);

    private static OutboundPorts ports() {
        var local = new InMemoryStore(Clock.systemUTC()).ports();
        return adapter.ports(local.apiKeys(), local.events(), Clock.systemUTC());
    }

    @Test
    void me_and_my_organizations_with_my_role() {
        signedInAsMe();
        udata.on("GET", "/organizations/" + UdataFixtures.SIG_ID + "/", Reply.ok(UdataFixtures.sig()));
        var service = new MeService(ports());

        var me = service.get(new GetMe(Actor.user(MISSAK)));
        var mine = service.list(new ListMyOrganizations(Actor.user(MISSAK)));

        assertThat(me.fullName()).isEqualTo("Missak Kéloglanian");
        assertThat(mine).singleElement().satisfies(my -> {
            assertThat(my.organization().name()).isEqualTo("Service d'Information du Gouvernement");
            assertThat(my.membership()).isEqualTo(new Member(SIG, MISSAK, MemberRole.ADMIN,
                    Instant.parse("2025-01-14T14:05:16.211Z")));
        });
    }

    @Test
    void adding_a_member_without_invitation_is_not_supported_by_udata() {
        signedInAsMe();
        udata.on("GET", "/organizations/" + UdataFixtures.SIG_ID + "/", Reply.ok(UdataFixtures.sig()));
        udata.on("GET", "/users/newcomer/", Reply.ok(UdataFixtures.user("newcomer", "Nina", "Newcomer",
                "nina@example.org", "[]", true)));
        var members = new MemberService(ports(), MembershipSettings.DEFAULTS);

        assertThatThrownBy(() -> members.add(new AddMember(Actor.user(MISSAK), SIG, new UserId("newcomer"),
                MemberRole.EDITOR))).isInstanceOf(BackendFailure.NotSupported.class)
                .hasMessage("adding a member without invitation is not supported by udata");
        assertThat(udata.requests()).noneMatch(r -> !r.method().equals("GET"));
    }
}
