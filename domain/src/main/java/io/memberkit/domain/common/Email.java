package io.memberkit.domain.common;

/** An email as memberkit holds it: a real address, or one a remote API masked for this viewer. */
public sealed interface Email permits EmailAddress, MaskedEmail {
    String value();
}
