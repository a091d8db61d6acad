package io.memberkit.adapter.http.common;

import io.memberkit.application.port.out.ApiKeyRepository;
import io.memberkit.application.port.out.BackendFailure;
import io.memberkit.application.port.out.MirrorSource;
import io.memberkit.application.port.out.EventLog;
import io.memberkit.application.port.out.OutboundPorts;
import io.memberkit.domain.common.UserId;
import java.time.Clock;
import java.util.Optional;

/**
 * One remote API's adapter as the composition root sees it (uData, Isogeo or AWX): a full set of outbound ports, the
 * owner of the configured credential, and {@code close}. Built with plain {@code new}, no bean context; every port
 * of one provider shares one HTTP client.
 */
public interface RemoteProvider extends AutoCloseable {
    /** The provider's name, as {@code BackendFailure.NotSupported} and error messages spell it: "udata", "isogeo", "awx". */
    String provider();

    /**
     * The full set of ports. The remote keeps no audit trail memberkit could append to and its tokens are not
     * memberkit's local keys, so the event log and the API keys come from the caller (the local database).
     */
    OutboundPorts ports(ApiKeyRepository localApiKeys, EventLog events, Clock clock);

    /** The remote read for mirroring; providers that have none refuse with {@code NotSupported}. */
    default MirrorSource mirrorSource() {
        throw new BackendFailure.NotSupported("mirroring", provider());
    }

    /** Whom the credential belongs to ("me"), asked of the remote once; empty without a credential. */
    Optional<UserId> owner();

    @Override
    void close();
}
