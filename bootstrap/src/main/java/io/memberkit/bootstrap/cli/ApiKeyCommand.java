package io.memberkit.bootstrap.cli;

import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.application.port.in.apikey.CreateApiKey;
import io.memberkit.application.port.in.apikey.ListApiKeys;
import io.memberkit.application.port.in.apikey.RevokeApiKey;
import io.memberkit.domain.user.ApiKey;
import io.memberkit.domain.user.ApiKeyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * API keys for the local server ({@code memberkit serve}), acting for {@code --as}. The token is printed once, by
 * {@code create}; memberkit keeps only its SHA-256 and can never show it again.
 */
@Command(name = "apikey", mixinStandardHelpOptions = true,
        description = "API keys for 'memberkit serve' (X-API-KEY): create, list, revoke.")
final class ApiKeyCommand extends AreaCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a key for you (--as) and prints its token: the only time it is shown.")
    int create(@Option(names = "--name", description = "to tell your keys apart") String name) {
        var created = uc().createApiKey().create(new CreateApiKey(actor(), option("--name", () -> name)));
        var key = created.key();
        out().done(new CliViews.CreatedApiKey(key.id().value(), key.name(), key.prefix(),
                UdataValues.isoDate(key.created()), created.token().value()),
                "API key " + key.id() + " created. Its token, shown this once only (send it as X-API-KEY):\n"
                        + created.token().value());
        return ExitCodes.DONE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Your keys (never their tokens).")
    int list() {
        var keys = uc().listApiKeys().list(new ListApiKeys(actor()));
        var table = new Table("ID", "NAME", "PREFIX", "CREATED", "REVOKED");
        keys.forEach(k -> table.row(k.id(), k.name(), k.prefix() + "…", UdataValues.isoDate(k.created()),
                UdataValues.isoDate(k.revoked())));
        out().print(keys.stream().map(ApiKeyCommand::view).toList(), table);
        return ExitCodes.DONE;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a key: it lets nobody in any more.")
    int revoke(@Parameters(paramLabel = "<key id>") String id) {
        var revoked = uc().revokeApiKey().revoke(new RevokeApiKey(actor(), new ApiKeyId(id)));
        out().done(view(revoked), "API key " + revoked.id() + " revoked.");
        return ExitCodes.DONE;
    }

    private static CliViews.ApiKey view(ApiKey key) {
        return new CliViews.ApiKey(key.id().value(), key.name(), key.prefix(), UdataValues.isoDate(key.created()),
                UdataValues.isoDate(key.revoked()));
    }
}
