package io.memberkit.application.service;

import io.memberkit.application.port.in.user.CreateUser;
import io.memberkit.application.port.in.user.CreateUserUseCase;
import io.memberkit.application.port.in.user.DeleteUser;
import io.memberkit.application.port.in.user.DeleteUserUseCase;
import io.memberkit.application.port.in.user.GetUser;
import io.memberkit.application.port.in.user.GetUserUseCase;
import io.memberkit.application.port.in.user.ListSiteRoles;
import io.memberkit.application.port.in.user.MarkEmailVerified;
import io.memberkit.application.port.in.user.MarkEmailVerifiedUseCase;
import io.memberkit.application.port.in.user.ListSiteRolesUseCase;
import io.memberkit.application.port.in.user.ListUsers;
import io.memberkit.application.port.in.user.ListUsersUseCase;
import io.memberkit.application.port.in.user.PromoteFirstSiteAdmin;
import io.memberkit.application.port.in.user.PromoteFirstSiteAdminUseCase;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.application.port.in.user.RegisterUserUseCase;
import io.memberkit.application.port.in.user.SuggestUsers;
import io.memberkit.application.port.in.user.SuggestUsersUseCase;
import io.memberkit.application.port.in.user.UpdateUser;
import io.memberkit.application.port.in.user.UpdateUserUseCase;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.application.port.out.UserRepository.DeletionOptions;
import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.error.Gone;
import io.memberkit.domain.user.Accounts;
import io.memberkit.domain.user.SiteRole;
import io.memberkit.domain.user.User;
import java.util.List;
import java.util.Optional;

/**
 * The accounts area. One service per area, not per use case: the use cases of an area load the same facts, and
 * each keeps its own inbound port, so a caller still depends on exactly the one it uses.
 */
public final class UserService implements ListUsersUseCase, GetUserUseCase, CreateUserUseCase, UpdateUserUseCase,
        DeleteUserUseCase, ListSiteRolesUseCase, SuggestUsersUseCase, RegisterUserUseCase, PromoteFirstSiteAdminUseCase,
        MarkEmailVerifiedUseCase {
    private final OutboundPorts ports;
    private final Facts facts;
    private final AccountDeletion deletion;
    private final EmailInvitations emailInvitations;

    public UserService(OutboundPorts ports) {
        this.ports = ports;
        this.facts = new Facts(ports);
        this.deletion = new AccountDeletion(ports, facts);
        this.emailInvitations = new EmailInvitations(ports, facts);
    }

    @Override
    public Page<User> list(ListUsers query) {
        return ports.unitOfWork().read(() -> {
            Accounts.requireSiteAdmin(facts.signedIn(query.actor()));
            return ports.users().list(query.filter(), query.page());
        });
    }

    @Override
    public User get(GetUser query) {
        return ports.unitOfWork().read(() -> {
            var viewer = facts.viewer(query.actor());
            var user = facts.user(query.user());
            if (user.isDeleted()) {
                throw new Gone("User has been deleted");
            }
            // site admins still see inactive accounts, as in uData
            if (!user.active() && !viewer.map(User::isSiteAdmin).orElse(false)) {
                throw new Gone("User is not active");
            }
            return user;
        });
    }

    @Override
    public User create(CreateUser command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var change = Accounts.create(admin, ports.ids().newUser(), command.profile(), command.roles(),
                    command.active(), command.emailVerified(), emailOwner(command.profile().email()),
                    ports.users()::slugExists, facts.now());
            var stored = ports.users().add(change.state());
            facts.record(change);
            emailInvitations.bindTo(stored, admin.id());
            return stored;
        });
    }

    @Override
    public User register(RegisterUser command) {
        return ports.unitOfWork().write(() -> {
            var change = Accounts.register(ports.ids().newUser(), command.profile(), command.emailVerified(),
                    emailOwner(command.profile().email()), ports.users()::slugExists, facts.now());
            var stored = ports.users().add(change.state());
            facts.record(change);
            emailInvitations.bindTo(stored, stored.id());
            return stored;
        });
    }

    @Override
    public User promote(PromoteFirstSiteAdmin command) {
        return ports.unitOfWork().write(() -> {
            var me = facts.signedIn(command.actor());
            var change = Accounts.promoteFirstSiteAdmin(me, ports.users().anySiteAdmin(), facts.now());
            ports.users().update(change.state());
            return facts.record(change);
        });
    }

    @Override
    public User update(UpdateUser command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            Accounts.requireSiteAdmin(admin);
            var target = facts.user(command.user());
            var change = Accounts.update(admin, target, command.changes(), command.roles(), command.active(),
                    command.changes().email().flatMap(ports.users()::findByEmail), facts.now());
            if (!change.events().isEmpty()) {
                ports.users().update(change.state());
            }
            return facts.record(change);
        });
    }

    @Override
    public User delete(DeleteUser command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            Accounts.requireSiteAdmin(admin);
            var target = facts.user(command.user());
            if (target.isDeleted()) {
                throw new Gone("User has already been deleted");
            }
            Accounts.requireNotSelf(admin, target);
            return deletion.delete(admin, target, command.sendMail(), command.deleteComments(),
                    anonymised -> ports.users().delete(anonymised,
                            new DeletionOptions(command.sendMail(), command.deleteComments())));
        });
    }

    @Override
    public User mark(MarkEmailVerified command) {
        return ports.unitOfWork().write(() -> {
            var admin = facts.signedIn(command.actor());
            var change = Accounts.markEmailVerified(admin, facts.user(command.user()), facts.now());
            if (!change.events().isEmpty()) {
                ports.users().markEmailVerified(command.user());
            }
            var verified = facts.record(change);
            emailInvitations.bindTo(verified, admin.id());
            return verified;
        });
    }

    @Override
    public List<SiteRole> list(ListSiteRoles query) {
        return List.of(SiteRole.values());
    }

    @Override
    public List<User> suggest(SuggestUsers query) {
        return ports.unitOfWork().read(() -> ports.users().suggest(query.q(), query.size()));
    }

    private Optional<User> emailOwner(Email email) {
        return email instanceof EmailAddress address ? ports.users().findByEmail(address) : Optional.empty();
    }
}
