package io.memberkit.application.port.out;

import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.user.User;
import java.util.stream.Stream;

/**
 * A remote read for mirroring, page by page: an adapter of a remote API (uData's) implements it over the same
 * client as its repositories. Everything comes in the remote's own ids; the sync turns them into local ones.
 * Failures are the usual ones: {@code BackendFailure} when the remote cannot answer.
 */
public interface MirrorSource {
    /** The remote this source reads. */
    RemoteOrigin origin();

    /** The API key's owner. */
    User me();

    /** How many organizations {@code scope} holds, for progress; -1 when the remote cannot say cheaply. */
    long count(MirrorScope scope);

    /**
     * The organizations of {@code scope} with their members, lazily: a page or two of the remote's list is held at a
     * time (the next one may be read while the current one is used). Close the stream when done. A chosen
     * organization the remote no longer has is left out.
     */
    Stream<MirroredOrganization> organizations(MirrorScope scope);

    /**
     * An organization's pending invitations and requests and its assignments; {@link MirrorExtras#NONE} when the key's
     * owner may not read them.
     */
    MirrorExtras extras(OrganizationId organization);
}
