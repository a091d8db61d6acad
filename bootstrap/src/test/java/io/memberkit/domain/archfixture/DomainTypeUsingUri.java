package io.memberkit.domain.archfixture;

import java.net.URI;

/** Wrong on purpose: java.net is not in the domain's list until someone widens it deliberately. */
public record DomainTypeUsingUri(URI website) {
}
