package io.memberkit.benchmarks;

import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.bootstrap.wiring.Memberkit;
import io.memberkit.domain.assignment.SubjectClass;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Scenario 5, memberkit's side: an offline one-shot command. Opens memberkit on the embedded H2 file through
 * {@code Memberkit.builder()}, asks "may user U edit object O of organization G" once, prints the answer, ends.
 * Until the CLI has a {@code permissions may-edit} subcommand, this is the command's body.
 *
 * <pre>java -cp benchmarks.jar io.memberkit.benchmarks.ColdStartMemberkit DIR USER ORGANIZATION CLASS ID</pre>
 */
public final class ColdStartMemberkit {
    private ColdStartMemberkit() {
    }

    public static void main(String[] args) {
        try (var memberkit = Memberkit.builder().embeddedH2(Path.of(args[0])).build()) {
            boolean allowed = memberkit.useCases().mayEdit().mayEdit(new MayEdit(Actor.user(args[1]),
                    new OrganizationId(args[2]), new SubjectRef(SubjectClass.valueOf(args[3].toUpperCase(Locale.ROOT)),
                    args[4])));
            System.out.println(allowed ? "yes" : "no");
        }
    }
}
