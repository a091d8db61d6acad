package io.memberkit.benchmarks;

import io.memberkit.application.port.in.user.SuggestUsers;
import io.memberkit.application.port.in.user.SuggestUsersUseCase;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.user.User;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/** Scenario 3: ten users by case-insensitive prefix of 2, 3 or 5 letters over every account. */
@State(Scope.Benchmark)
public class SuggestBenchmark {
    static final int SIZE = 10;

    @Param({"h2"})
    public String target;

    @Param({"2", "3", "5"})
    public int letters;

    Opened opened;
    SuggestUsersUseCase suggest;

    @Setup(Level.Trial)
    public void open() {
        opened = Opened.of(target);
        suggest = opened.memberkit.useCases().suggestUsers();
        var calls = Draws.SuggestCalls.draw(opened.data, letters, 99);
        for (int i = 0; i < 200; i++) {
            var expected = opened.baseline.suggest(calls.prefixes()[i], SIZE).stream()
                    .map(Baseline.Account::id).toList();
            var actual = memberkit(calls.prefixes()[i]).stream().map(u -> u.id().value()).toList();
            if (!expected.equals(actual) || actual.isEmpty()) {
                throw new IllegalStateException("memberkit and the baseline disagree on '" + calls.prefixes()[i]
                        + "': " + actual + " / " + expected);
            }
        }
    }

    List<User> memberkit(String prefix) {
        return suggest.suggest(new SuggestUsers(Actor.anonymous(), prefix, SIZE));
    }

    @State(Scope.Thread)
    public static class Calls {
        Draws.SuggestCalls calls;
        int next;

        @Setup(Level.Trial)
        public void draw(SuggestBenchmark benchmark, ThreadParams thread) {
            calls = Draws.SuggestCalls.draw(benchmark.opened.data, benchmark.letters, 1_000 + thread.getThreadIndex());
        }

        String next() {
            return calls.prefixes()[next++ & (Draws.CALLS - 1)];
        }
    }

    @Benchmark
    public List<User> memberkit(Calls calls) {
        return memberkit(calls.next());
    }

    @Benchmark
    public List<Baseline.Account> baseline(Calls calls) {
        return opened.baseline.suggest(calls.next(), SIZE);
    }
}
