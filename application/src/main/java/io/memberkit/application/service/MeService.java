package io.memberkit.application.service;

import io.memberkit.application.port.in.me.DeleteMyAccount;
import io.memberkit.application.port.in.me.DeleteMyAccountUseCase;
import io.memberkit.application.port.in.me.GetMe;
import io.memberkit.application.port.in.me.GetMeUseCase;
import io.memberkit.application.port.in.me.GetMyMembership;
import io.memberkit.application.port.in.me.GetMyMembershipUseCase;
import io.memberkit.application.port.in.me.ListMyInvitations;
import io.memberkit.application.port.in.me.ListMyInvitationsUseCase;
import io.memberkit.application.port.in.me.ListMyOrganizations;
import io.memberkit.application.port.in.me.ListMyOrganizationsUseCase;
import io.memberkit.application.port.in.me.MyOrganization;
import io.memberkit.application.port.in.me.UpdateMyProfile;
import io.memberkit.application.port.in.me.UpdateMyProfileUseCase;
import io.memberkit.application.port.out.OrganizationState;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.membership.Member;
import io.memberkit.domain.membership.MembershipRequest;
import io.memberkit.domain.user.Accounts;
import io.memberkit.domain.user.User;
import java.util.List;
import java.util.Optional;

/** The signed-in user's own account ("me"). Accepting and refusing invitations is in {@link MembershipRequestService}. */
public final class MeService implements GetMeUseCase, UpdateMyProfileUseCase, DeleteMyAccountUseCase,
        ListMyOrganizationsUseCase, GetMyMembershipUseCase, ListMyInvitationsUseCase {
    private final OutboundPorts ports;
    private final Facts facts;
    private final AccountDeletion deletion;

    public MeService(OutboundPorts ports) {
        this.ports = ports;
        this.facts = new Facts(ports);
        this.deletion = new AccountDeletion(ports, facts);
    }

    @Override
    public User get(GetMe query) {
        return ports.unitOfWork().read(() -> facts.signedIn(query.actor()));
    }

    @Override
    public User update(UpdateMyProfile command) {
        return ports.unitOfWork().write(() -> {
            var me = facts.signedIn(command.actor());
            var change = Accounts.update(me, me, command.changes(), Optional.empty(), Optional.empty(),
                    command.changes().email().flatMap(ports.users()::findByEmail), facts.now());
            if (!change.events().isEmpty()) {
                ports.users().updateOwnProfile(change.state());
            }
            return facts.record(change);
        });
    }

    @Override
    public User delete(DeleteMyAccount command) {
        return ports.unitOfWork().write(() -> {
            var me = facts.signedIn(command.actor());
            return deletion.delete(me, me, true, false, ports.users()::deleteOwnAccount);
        });
    }

    @Override
    public Optional<Member> get(GetMyMembership query) {
        return ports.unitOfWork().read(() -> {
            var me = facts.signedIn(query.actor());
            // as in the list of my organizations: a deleted organization is not one I belong to
            return ports.organizations().state(query.organization()).filter(s -> s == OrganizationState.LIVE)
                    .flatMap(live -> ports.members().find(query.organization(), me.id()));
        });
    }

    @Override
    public List<MyOrganization> list(ListMyOrganizations query) {
        return ports.unitOfWork().read(() -> {
            var me = facts.signedIn(query.actor());
            return ports.members().membershipsOf(me.id()).stream()
                    .flatMap(m -> ports.organizations().find(m.organization())
                            .filter(o -> !o.isDeleted())
                            .map(o -> new MyOrganization(o, m)).stream())
                    .toList();
        });
    }

    @Override
    public List<MembershipRequest> list(ListMyInvitations query) {
        return ports.unitOfWork().read(() -> {
            var me = facts.signedIn(query.actor());
            var email = me.email() instanceof EmailAddress address ? Optional.of(address) : Optional.<EmailAddress>empty();
            var now = facts.now();
            return ports.requests().pendingInvitationsFor(me.id(), email).stream().map(r -> r.seenAt(now))
                    .toList();
        });
    }
}
