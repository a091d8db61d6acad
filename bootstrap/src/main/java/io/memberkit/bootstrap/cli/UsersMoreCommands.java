package io.memberkit.bootstrap.cli;

import io.memberkit.application.port.in.user.MarkEmailVerified;
import io.memberkit.application.port.in.user.PromoteFirstSiteAdmin;
import io.memberkit.bootstrap.udata.UdataViews;
import io.memberkit.domain.common.UserId;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The users area's commands for a site's set-up: verify an address, promote the first site admin. */
final class UsersMoreCommands {
    private UsersMoreCommands() {
    }

    @Command(name = "verify-email", mixinStandardHelpOptions = true,
            description = "Marks an account's email address verified (site admins).")
    static final class VerifyEmail extends AreaSubcommand {
        @Parameters(paramLabel = "<user id>")
        String id;

        @Override
        public Integer call() {
            var user = area.uc().markEmailVerified().mark(new MarkEmailVerified(area.actor(), new UserId(id)));
            var view = UdataViews.user(user, area.viewer(), Optional.empty());
            area.out().done(view, (view.email() == null ? user.id().value() + "'s address" : view.email())
                    + " is verified.");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "promote-first-admin", mixinStandardHelpOptions = true,
            description = "Makes you (--as) the site's administrator; refused once the site has one.")
    static final class PromoteFirstAdmin extends AreaSubcommand {
        @Override
        public Integer call() {
            var user = area.uc().promoteFirstSiteAdmin().promote(new PromoteFirstSiteAdmin(area.actor()));
            area.out().done(UdataViews.user(user, area.viewer(), Optional.empty()),
                    user.id() + " is now the site's administrator.");
            return ExitCodes.DONE;
        }
    }
}
