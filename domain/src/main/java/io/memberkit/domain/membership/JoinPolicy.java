package io.memberkit.domain.membership;

import io.memberkit.domain.common.EmailDomain;
import io.memberkit.domain.common.Require;
import io.memberkit.domain.error.InvalidInput;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How people join an organization without being invited: the email domains it declared, and the role given to
 * someone whose verified address is on one of its verified domains (editor or partial editor, never admin).
 */
public record JoinPolicy(List<DeclaredDomain> domains, MemberRole defaultRole) {
    /** An organization that declared nothing: every membership request waits for an admin, as in uData. */
    public static final JoinPolicy NONE = new JoinPolicy(List.of(), MemberRole.EDITOR);

    public JoinPolicy {
        domains = List.copyOf(Require.present(domains, "domains")).stream()
                .sorted(Comparator.comparing(d -> d.domain().value())).toList();
        requireJoinRole(Require.present(defaultRole, "default_join_role"));
    }

    /** A role people may be given by joining on their own: never admin. */
    public static MemberRole requireJoinRole(MemberRole role) {
        if (role == MemberRole.ADMIN) {
            throw InvalidInput.of("default_join_role", "must be editor or partial_editor, never admin");
        }
        return role;
    }

    public Optional<DeclaredDomain> find(EmailDomain domain) {
        return domains.stream().filter(d -> d.domain().equals(domain)).findFirst();
    }

    /** The verified domain {@code domain} is, if it is one of them. */
    public Optional<DeclaredDomain> verified(EmailDomain domain) {
        return find(domain).filter(DeclaredDomain::isVerified);
    }
}
