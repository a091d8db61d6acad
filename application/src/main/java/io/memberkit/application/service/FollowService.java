package io.memberkit.application.service;

import io.memberkit.application.port.in.follow.FollowResult;
import io.memberkit.application.port.in.follow.ListFollowers;
import io.memberkit.application.port.in.follow.ListFollowersUseCase;
import io.memberkit.application.port.in.follow.StartFollowing;
import io.memberkit.application.port.in.follow.StartFollowingUseCase;
import io.memberkit.application.port.in.follow.StopFollowing;
import io.memberkit.application.port.in.follow.StopFollowingUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.follow.Follow;
import io.memberkit.domain.follow.FollowTarget;
import io.memberkit.domain.follow.Follows;

/** Following users and organizations. */
public final class FollowService implements StartFollowingUseCase, StopFollowingUseCase, ListFollowersUseCase {
    private final OutboundPorts ports;
    private final Facts facts;

    public FollowService(OutboundPorts ports) {
        this.ports = ports;
        this.facts = new Facts(ports);
    }

    @Override
    public FollowResult follow(StartFollowing command) {
        return ports.unitOfWork().write(() -> {
            var me = facts.signedIn(command.actor());
            requireFollowable(command.target());
            var change = Follows.follow(me.id(), command.target(), ports.follows().find(me.id(), command.target()),
                    facts.now());
            boolean created = !change.events().isEmpty();
            if (created) {
                ports.follows().follow(change.state());
            }
            facts.record(change);
            return new FollowResult(created, ports.follows().count(command.target()));
        });
    }

    @Override
    public long unfollow(StopFollowing command) {
        return ports.unitOfWork().write(() -> {
            var me = facts.signedIn(command.actor());
            var change = Follows.unfollow(me.id(), command.target(), ports.follows().find(me.id(), command.target()),
                    facts.now());
            ports.follows().unfollow(change.state());
            facts.record(change);
            return ports.follows().count(command.target());
        });
    }

    @Override
    public Page<Follow> list(ListFollowers query) {
        return ports.unitOfWork().read(() -> {
            requireFollowable(query.target());
            return ports.follows().followers(query.target(), query.page());
        });
    }

    /** The target exists and is not gone. */
    private void requireFollowable(FollowTarget target) {
        if (target instanceof FollowTarget.OfUser ofUser) {
            facts.user(ofUser.user()).requireUsable();
        } else if (target instanceof FollowTarget.OfOrganization ofOrganization) {
            facts.organization(ofOrganization.organization()).requireNotDeleted();
        }
    }
}
