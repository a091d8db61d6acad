package io.memberkit.application.port.out;

import io.memberkit.domain.common.Require;
import io.memberkit.domain.error.InvalidInput;
import java.util.List;

/** Which organizations a sync mirrors: the key owner's, all the key can see, or a chosen list. */
public sealed interface MirrorScope {
    /** The organizations the API key's owner is a member of (the default). */
    record Mine() implements MirrorScope {
    }

    /** Every organization the key can see. */
    record All() implements MirrorScope {
    }

    /** These organizations only, by their remote id or slug. */
    record Chosen(List<String> organizations) implements MirrorScope {
        public Chosen {
            Require.present(organizations, "organizations");
            organizations = List.copyOf(organizations);
            if (organizations.isEmpty()) {
                throw InvalidInput.of("organizations", "name at least one organization");
            }
        }
    }

    /** How the scope is written in the status: {@code mine}, {@code all} or the chosen list. */
    default String describe() {
        if (this instanceof Chosen chosen) {
            return String.join(",", chosen.organizations());
        }
        return this instanceof All ? "all" : "mine";
    }
}
