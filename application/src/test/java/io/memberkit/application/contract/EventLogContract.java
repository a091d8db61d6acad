package io.memberkit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.domain.common.AuditEntry;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipEvent;
import io.memberkit.domain.user.UserEvent;
import org.junit.jupiter.api.Test;

/** What every {@code EventLog} does: an append-only trail, listed per organization in order. */
public abstract class EventLogContract extends PortContract {

    @Test
    void an_organizations_trail_lists_its_own_events_in_order() {
        var admin = aUser();
        var organization = organizationOf(admin);
        var other = organizationOf(admin);
        var member = aUser();
        run(() -> {
            out.events().append(new MembershipEvent.MemberAdded(admin.id(), t(1), organization.id(), admin.id(),
                    MemberRole.ADMIN));
            out.events().append(new MembershipEvent.MemberAdded(admin.id(), t(1), other.id(), admin.id(),
                    MemberRole.ADMIN));
            out.events().append(new UserEvent.UserCreated(admin.id(), t(2), member.id()));
            out.events().append(new MembershipEvent.MemberRoleChanged(admin.id(), t(3), organization.id(), member.id(),
                    MemberRole.EDITOR, MemberRole.ADMIN));
        });

        var trail = out.events().list(organization.id(), PageRequest.firstPage());

        assertThat(trail.total()).isEqualTo(2);
        assertThat(trail.items()).extracting(AuditEntry::type).containsExactly("MemberAdded", "MemberRoleChanged");
        var last = trail.items().get(1);
        assertThat(last.actor()).isEqualTo(admin.id());
        assertThat(last.at()).isEqualTo(t(3));
        assertThat(last.organization()).isEqualTo(organization.id());
        assertThat(last.description()).contains(member.id().value());
        assertThat(trail.items().get(0).sequence()).isLessThan(last.sequence());
    }

    @Test
    void the_trail_is_paged() {
        var admin = aUser();
        var organization = organizationOf(admin);
        run(() -> {
            for (int i = 0; i < 5; i++) {
                out.events().append(new MembershipEvent.MemberAdded(admin.id(), t(i), organization.id(), admin.id(),
                        MemberRole.ADMIN));
            }
        });

        var second = out.events().list(organization.id(), new PageRequest(2, 2));

        assertThat(second.items()).extracting(AuditEntry::at).containsExactly(t(2), t(3));
        assertThat(second.hasNext()).isTrue();
    }
}
