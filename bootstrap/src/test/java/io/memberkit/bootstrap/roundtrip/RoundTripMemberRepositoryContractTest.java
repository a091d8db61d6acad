package io.memberkit.bootstrap.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.memberkit.application.contract.MemberRepositoryContract;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MemberRole;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The member contract through the uData adapter against {@code memberkit serve} (see {@link RoundTripPorts} for
 * which ports go over HTTP and why). One test is uData's own version of the rule.
 */
class RoundTripMemberRepositoryContractTest extends MemberRepositoryContract {
    @RegisterExtension
    static final RoundTrip SERVER = new RoundTrip();

    @Override
    protected OutboundPorts ports() {
        return SERVER.emptyPorts();
    }

    /**
     * Over uData the server runs the invitation as a use case: inviting a member is refused at once, by the rule
     * (ALREADY_MEMBER), before any acceptance could write a second membership.
     */
    @Override
    @Test
    protected void a_user_is_a_member_of_an_organization_at_most_once() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var invitation = invitation(organization, admin, new Invitee.Known(admin.id()), MemberRole.EDITOR, Set.of(),
                t(1));

        assertThatThrownBy(() -> run(() -> out.requests().invite(invitation)))
                .isInstanceOfSatisfying(RuleBroken.class, r -> assertThat(r.rule()).isEqualTo(Rule.ALREADY_MEMBER));
        assertThat(out.members().find(organization.id(), admin.id())).get()
                .extracting(Member::role).isEqualTo(MemberRole.ADMIN);
    }
}
