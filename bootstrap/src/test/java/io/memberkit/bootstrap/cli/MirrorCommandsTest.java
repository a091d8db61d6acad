package io.memberkit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.bootstrap.mirror.MirrorWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code memberkit sync}, {@code push} and {@code status} on the command line: the counts printed match the
 * database, offline writes wait in the status until pushed, a conflict exits 1 and is listed, and sync without a
 * remote is bad usage.
 */
class MirrorCommandsTest {
    private MirrorWorld world;

    @TempDir
    Path dataDir;

    @BeforeEach
    void aRemote() {
        world = new MirrorWorld();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private CliRun run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        int exit = MemberkitCli.run(Map.of("MEMBERKIT_API_KEY", world.aliceKey), new PrintWriter(out, true),
                new PrintWriter(err, true), all);
        return new CliRun(exit, out.toString().strip(), err.toString().strip());
    }

    @Test
    void sync_prints_counts_that_match_the_database_and_plain_progress_lines() {
        var run = run("--remote", world.server.url().toString(), "sync", "-o", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        var counts = run.json().get("counts");
        assertThat(counts.get("organization").get("added").getLongValue())
                .isEqualTo(MirrorWorld.count(dataDir, "SELECT COUNT(*) FROM organizations"));
        assertThat(counts.get("member").get("added").getLongValue())
                .isEqualTo(MirrorWorld.count(dataDir, "SELECT COUNT(*) FROM members")).isEqualTo(3);
        assertThat(counts.get("user").get("added").getLongValue())
                .isEqualTo(MirrorWorld.count(dataDir, "SELECT COUNT(*) FROM users"));
        assertThat(counts.get("request").get("added").getLongValue())
                .isEqualTo(MirrorWorld.count(dataDir, "SELECT COUNT(*) FROM membership_requests"));
        assertThat(run.err()).contains("sync: 1/1 organizations");
        assertThat(run.out() + run.err()).doesNotContain(world.aliceKey);
    }

    @Test
    void an_offline_write_waits_in_the_status_until_push_sends_it() {
        run("--remote", world.server.url().toString(), "sync");
        var role = run("--as", world.local(world.alice), "members", "role", world.local(world.lab),
                world.local(world.bruno), "admin");
        var waiting = run("status", "-o", "json");

        var pushed = run("--remote", world.server.url().toString(), "push");
        var after = run("status");

        assertThat(role.exit()).as(role.err()).isZero();
        assertThat(waiting.json().get("pending").get(0).get("write").getStringValue())
                .isEqualTo("change_role " + world.local(world.bruno) + " -> admin");
        assertThat(waiting.json().get("last_syncs").get(0).get("remote").get("base_url").getStringValue())
                .isEqualTo(world.origin().baseUrl());
        assertThat(pushed.exit()).as(pushed.err()).isZero();
        assertThat(pushed.out()).contains("1 sent").contains("0 conflict(s)");
        assertThat(after.out()).contains("0 write(s) waiting to be pushed").contains("0 conflict(s)");
    }

    @Test
    void a_refused_write_exits_1_and_is_listed_as_a_conflict_with_the_remotes_message() {
        run("--remote", world.server.url().toString(), "sync");
        run("--as", world.local(world.alice), "members", "remove", world.local(world.lab), world.local(world.eve));
        world.uc().removeMember().remove(new io.memberkit.application.port.in.member.RemoveMember(
                io.memberkit.domain.common.Actor.user(world.alice), world.lab, world.eve));

        var pushed = run("--remote", world.server.url().toString(), "push");
        var status = run("status");
        var discarded = run("status", "discard", "1");

        assertThat(pushed.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(pushed.out()).contains("1 conflict(s)").contains("remove_member " + world.local(world.eve));
        assertThat(status.out()).contains("1 conflict(s)").contains("remove_member");
        assertThat(discarded.exit()).as(discarded.err()).isZero();
        assertThat(run("status").out()).contains("0 conflict(s)");
    }

    @Test
    void sync_without_a_remote_is_bad_usage_naming_it() {
        var run = run("sync");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("remote");
    }
}
