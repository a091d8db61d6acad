package io.memberkit.benchmarks;

import io.memberkit.application.port.in.member.ListMembers;
import io.memberkit.application.port.in.member.ListMembersAfter;
import io.memberkit.application.port.in.member.ListMembersAfterUseCase;
import io.memberkit.application.port.in.member.ListMembersUseCase;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.CursorPage;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.membership.MemberCursor;
import io.memberkit.domain.membership.MemberDetails;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Scenario 2: a page of the 100k-member organization's members with their accounts, oldest first: the first page,
 * and the page at row 50,000 ({@code deep}), read by cursor through {@code ListMembersAfterUseCase} and by hand
 * (keyset). {@code offsetFirst} and {@code offsetDeep} show the offset pages of {@code ListMembersUseCase} and of
 * a hand-written OFFSET, for comparison.
 */
@State(Scope.Benchmark)
public class MemberPageBenchmark {
    @Param({"h2"})
    public String target;

    @Param({"20", "100"})
    public int size;

    @Param({"first", "deep"})
    public String depth;

    Opened opened;
    ListMembersAfterUseCase listAfter;
    ListMembersUseCase listByOffset;

    @Setup(Level.Trial)
    public void open() {
        opened = Opened.of(target);
        listAfter = opened.memberkit.useCases().listMembersAfter();
        listByOffset = opened.memberkit.useCases().listMembers();
        var calls = Draws.PageCalls.draw(opened.data, deep(), 99);
        for (int i = 0; i < 50; i++) {
            var expected = userIds(baselinePage(calls, i));
            var actual = memberkitPage(calls, i).items().stream().map(d -> d.user().id().value()).toList();
            if (!expected.equals(actual) || actual.size() != size) {
                throw new IllegalStateException("memberkit and the baseline disagree on page " + i + ": "
                        + actual + " / " + expected);
            }
            if (i < 3) {
                var byOffset = userIds(opened.baseline.pageAtOffset(calls.organizations()[i],
                        deep() ? calls.offsets()[i] : 0, size));
                if (!byOffset.equals(expected)) {
                    throw new IllegalStateException("the keyset page is not the offset page: " + i);
                }
            }
        }
    }

    boolean deep() {
        return depth.equals("deep");
    }

    private static List<String> userIds(List<Baseline.MemberWithAccount> page) {
        return page.stream().map(Baseline.MemberWithAccount::userId).toList();
    }

    CursorPage<MemberDetails> memberkitPage(Draws.PageCalls c, int i) {
        var query = new ListMembersAfter(Actor.user(c.actors()[i]), new OrganizationId(c.organizations()[i]),
                Optional.empty(), deep() ? Optional.of(MemberCursor.parse(c.tokens()[i])) : Optional.empty(), size);
        return listAfter.list(query);
    }

    List<Baseline.MemberWithAccount> baselinePage(Draws.PageCalls c, int i) {
        return deep() ? opened.baseline.pageAfter(c.organizations()[i], c.afterSince()[i], c.afterUser()[i], size)
                : opened.baseline.firstPage(c.organizations()[i], size);
    }

    @State(Scope.Thread)
    public static class Calls {
        Draws.PageCalls calls;
        int next;

        @Setup(Level.Trial)
        public void draw(MemberPageBenchmark benchmark, ThreadParams thread) {
            calls = Draws.PageCalls.draw(benchmark.opened.data, benchmark.deep(), 1_000 + thread.getThreadIndex());
        }

        int next() {
            return next++ & (Draws.CALLS - 1);
        }
    }

    @Benchmark
    public CursorPage<MemberDetails> memberkit(Calls calls) {
        return memberkitPage(calls.calls, calls.next());
    }

    @Benchmark
    public List<Baseline.MemberWithAccount> baseline(Calls calls) {
        return baselinePage(calls.calls, calls.next());
    }

    /** The outbound port alone ({@code MemberRepository.listAfter}): the adapter's share of the use case's cost. */
    @Benchmark
    public CursorPage<MemberDetails> adapter(Calls calls) {
        int i = calls.next();
        var c = calls.calls;
        return opened.ports.members().listAfter(new OrganizationId(c.organizations()[i]), Optional.empty(),
                deep() ? Optional.of(MemberCursor.parse(c.tokens()[i])) : Optional.empty(), size);
    }

    /** memberkit's offset page ({@code ListMembersUseCase}), for comparison. */
    @Benchmark
    public Page<MemberDetails> memberkitOffset(Calls calls) {
        int i = calls.next();
        var c = calls.calls;
        int page = deep() ? (int) (c.offsets()[i] / size) + 1 : 1;
        return listByOffset.list(new ListMembers(Actor.user(c.actors()[i]), new OrganizationId(c.organizations()[i]),
                Optional.empty(), new PageRequest(page, size)));
    }

    /** A hand-written OFFSET page, for comparison. */
    @Benchmark
    public List<Baseline.MemberWithAccount> baselineOffset(Calls calls) {
        int i = calls.next();
        var c = calls.calls;
        return opened.baseline.pageAtOffset(c.organizations()[i], deep() ? c.offsets()[i] : 0, size);
    }
}
