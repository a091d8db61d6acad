package io.memberkit.domain.membership;

import io.memberkit.domain.common.Change;
import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.error.NotFound;
import io.memberkit.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of joining without an invitation: an organization declares the email domains it owns, a site admin
 * marks them verified, and a membership request from someone whose verified address is on a verified domain is
 * accepted at once with the organization's default join role. Every other request waits for an admin, as in uData
 * (which has no such shortcut). Who may act is decided before, by {@code permission.Permissions}.
 */
public final class Joining {
    private Joining() {
    }

    /** Declares a domain, not yet verified. Declaring it again changes nothing. */
    public static Change<JoinPolicy> declare(JoinPolicy policy, OrganizationId organization, EmailDomain domain,
                                             UserId actor, Instant now) {
        if (policy.find(domain).isPresent()) {
            return Change.none(policy);
        }
        var domains = new ArrayList<>(policy.domains());
        domains.add(new DeclaredDomain(domain, now, null));
        return Change.of(new JoinPolicy(domains, policy.defaultRole()),
                new MembershipEvent.DomainDeclared(actor, now, organization, domain));
    }

    /** Removes a declared domain, verified or not: requests from it wait for an admin again. */
    public static Change<JoinPolicy> remove(JoinPolicy policy, OrganizationId organization, EmailDomain domain,
                                            UserId actor, Instant now) {
        var declared = policy.find(domain).orElseThrow(() -> notDeclared(domain));
        var domains = new ArrayList<>(policy.domains());
        domains.remove(declared);
        return Change.of(new JoinPolicy(domains, policy.defaultRole()),
                new MembershipEvent.DomainRemoved(actor, now, organization, domain));
    }

    /** A site admin confirms the organization owns a declared domain. Verifying it again changes nothing. */
    public static Change<JoinPolicy> markVerified(JoinPolicy policy, OrganizationId organization, EmailDomain domain,
                                                  UserId admin, Instant now) {
        var declared = policy.find(domain).orElseThrow(() -> notDeclared(domain));
        if (declared.isVerified()) {
            return Change.none(policy);
        }
        var domains = new ArrayList<>(policy.domains());
        domains.set(domains.indexOf(declared), declared.verifiedAt(now));
        return Change.of(new JoinPolicy(domains, policy.defaultRole()),
                new MembershipEvent.DomainVerified(admin, now, organization, domain));
    }

    /** The role people joining by a verified domain get: editor or partial editor, never admin. */
    public static Change<JoinPolicy> changeDefaultRole(JoinPolicy policy, OrganizationId organization, MemberRole to,
                                                       UserId actor, Instant now) {
        JoinPolicy.requireJoinRole(to);
        if (policy.defaultRole() == to) {
            return Change.none(policy);
        }
        return Change.of(new JoinPolicy(policy.domains(), to),
                new MembershipEvent.DefaultJoinRoleChanged(actor, now, organization, policy.defaultRole(), to));
    }

    /**
     * Whether a pending membership request is accepted at once: when the applicant's verified address is on a
     * verified domain of the organization. The acceptance gives the default join role and no assignments; the
     * event names the domain, so the audit trail says why nobody had to accept it.
     */
    public static Optional<Change<Acceptance>> acceptAtOnce(MembershipRequest request, User applicant,
                                                            JoinPolicy policy, Instant now) {
        if (request.isInvitation() || !request.isOpen() || !request.isFor(applicant)) {
            return Optional.empty();
        }
        var domain = applicant.verifiedEmail().map(EmailDomain::of).flatMap(policy::verified);
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        var member = new Member(request.organization(), applicant.id(), policy.defaultRole(), now);
        var accepted = request.handled(RequestStatus.ACCEPTED, null, now, null, request.invitee());
        return Optional.of(Change.of(new Acceptance(accepted, member, List.of()),
                new MembershipEvent.MembershipRequestAutoAccepted(applicant.id(), now, request.organization(),
                        request.id(), applicant.id(), policy.defaultRole(), domain.get().domain())));
    }

    private static NotFound notDeclared(EmailDomain domain) {
        return new NotFound("The organization has not declared the domain " + domain);
    }
}
