package io.memberkit.benchmarks;

import io.memberkit.adapter.persistence.membership.MemberRows;
import io.memberkit.adapter.persistence.user.UserRows;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The plans of memberkit's hot statements on the loaded data set, with real parameters, as the report shows them. */
final class Explain {
    private Explain() {
    }

    static String plans(Target target, Dataset d) {
        var out = new StringBuilder("### " + target.name() + "\n\n");
        int g = d.largestOrganizations[0];
        var organization = d.organizationId(g);
        var order = Draws.PageCalls.listOrder(d, g);
        int cursor = order[d.sizes.deepRow() - 1];
        int a = d.assignedMember.length / 2;
        int am = d.assignedMember[a];
        int ag = d.organizationOf(am);
        var statements = new LinkedHashMap<String, Map.Entry<String, Map<String, Object>>>();
        statements.put("may-edit (MemberRows.EDIT_RIGHTS), a partial editor on an assigned object",
                Map.entry(MemberRows.EDIT_RIGHTS, Map.of("user", d.userId(d.memberUser[am]),
                        "organization", d.organizationId(ag),
                        "subjectClass", d.subjectClass(ag, d.assignedSubject[a]),
                        "subjectId", d.subjectId(ag, d.assignedSubject[a]))));
        statements.put("first page of 20 by cursor (MemberRows.PAGE_FIRST), largest organization",
                Map.entry(MemberRows.PAGE_FIRST, Map.of("organization", organization, "ever", MemberRows.EVER,
                        "limit", 21)));
        statements.put("page of 20 after row " + d.sizes.deepRow() + " by cursor (MemberRows.PAGE_AFTER)",
                Map.entry(MemberRows.PAGE_AFTER, Map.of("organization", organization,
                        "since", Instant.ofEpochMilli(d.memberSince[cursor]), "user", d.userId(d.memberUser[cursor]),
                        "limit", 21)));
        statements.put("page of 20 at offset " + d.sizes.deepRow() + " (MemberRows.PAGE, ListMembersUseCase's ids)",
                Map.entry(MemberRows.PAGE, Map.of("organization", organization, "ever", MemberRows.EVER, "limit", 20,
                        "offset", (long) d.sizes.deepRow())));
        statements.put("suggest 'ma' (UserRows.SUGGEST)",
                Map.entry(UserRows.SUGGEST, Map.of("from", "ma", "to", "mb", "size", 10)));
        try (var c = target.connect()) {
            for (var entry : statements.entrySet()) {
                var sql = entry.getValue().getKey();
                var prefix = target.isH2() ? "EXPLAIN ANALYZE " : "EXPLAIN (ANALYZE, BUFFERS) ";
                out.append("**").append(entry.getKey()).append("**\n\n```\n");
                // twice: the second shows the plan with warm caches, as the benchmarks see it
                for (int run = 0; run < 2; run++) {
                    try (var s = NamedSql.prepare(c, prefix, sql, entry.getValue().getValue());
                         var rows = s.executeQuery()) {
                        var plan = new StringBuilder();
                        while (rows.next()) {
                            plan.append(rows.getString(1)).append('\n');
                        }
                        if (run == 1) {
                            out.append(plan);
                        }
                    }
                }
                out.append("```\n\n");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("EXPLAIN failed on " + target.name(), e);
        }
        return out.toString();
    }
}
