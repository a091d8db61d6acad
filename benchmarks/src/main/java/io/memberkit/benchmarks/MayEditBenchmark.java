package io.memberkit.benchmarks;

import io.memberkit.application.port.in.permission.MayEdit;
import io.memberkit.application.port.in.permission.MayEditUseCase;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.OrganizationId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/** Scenario 1: may user U edit object O of organization G, through {@code MayEditUseCase} and by hand. */
@State(Scope.Benchmark)
public class MayEditBenchmark {
    @Param({"h2"})
    public String target;

    Opened opened;
    MayEditUseCase mayEdit;

    @Setup(Level.Trial)
    public void open() {
        opened = Opened.of(target);
        mayEdit = opened.memberkit.useCases().mayEdit();
        // both answer the same, or the comparison means nothing
        var calls = Draws.MayEditCalls.draw(opened.data, 99);
        int allowed = 0;
        for (int i = 0; i < 2_000; i++) {
            boolean expected = opened.baseline.mayEdit(calls.users()[i], calls.organizations()[i],
                    calls.classCodes()[i], calls.subjects()[i]);
            boolean actual = ask(calls, i);
            if (expected != actual) {
                throw new IllegalStateException("memberkit and the baseline disagree on call " + i);
            }
            allowed += actual ? 1 : 0;
        }
        if (allowed < 200 || allowed > 1_800) {
            throw new IllegalStateException("the draw is lopsided: " + allowed + " of 2000 allowed");
        }
    }

    boolean ask(Draws.MayEditCalls calls, int i) {
        return mayEdit.mayEdit(new MayEdit(Actor.user(calls.users()[i]), new OrganizationId(calls.organizations()[i]),
                new SubjectRef(calls.classes()[i], calls.subjects()[i])));
    }

    /** Each thread its own draw, walked in order. */
    @State(Scope.Thread)
    public static class Calls {
        Draws.MayEditCalls calls;
        int next;

        @Setup(Level.Trial)
        public void draw(MayEditBenchmark benchmark, ThreadParams thread) {
            calls = Draws.MayEditCalls.draw(benchmark.opened.data, 1_000 + thread.getThreadIndex());
        }

        int next() {
            return next++ & (Draws.CALLS - 1);
        }
    }

    @Benchmark
    public boolean memberkit(Calls calls) {
        return ask(calls.calls, calls.next());
    }

    /** The outbound port alone ({@code MemberRepository.editRights}) and the domain's decision. */
    @Benchmark
    public boolean adapter(Calls calls) {
        int i = calls.next();
        var c = calls.calls;
        return io.memberkit.domain.permission.Permissions.mayEdit(opened.ports.members().editRights(
                new io.memberkit.domain.common.UserId(c.users()[i]), new OrganizationId(c.organizations()[i]),
                new SubjectRef(c.classes()[i], c.subjects()[i])));
    }

    @Benchmark
    public boolean baseline(Calls calls) {
        int i = calls.next();
        var c = calls.calls;
        return opened.baseline.mayEdit(c.users()[i], c.organizations()[i], c.classCodes()[i], c.subjects()[i]);
    }
}
