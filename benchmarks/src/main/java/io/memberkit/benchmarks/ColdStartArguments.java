package io.memberkit.benchmarks;

/** Prints the arguments of one may-edit check (a partial editor on an object assigned to them), for run.sh. */
public final class ColdStartArguments {
    private ColdStartArguments() {
    }

    public static void main(String[] args) {
        var d = Dataset.generate(Sizes.named(args.length > 0 ? args[0] : "short"));
        int a = d.assignedMember.length / 3;
        int m = d.assignedMember[a];
        int g = d.organizationOf(m);
        System.out.println(d.userId(d.memberUser[m]) + " " + d.organizationId(g) + " "
                + d.subjectClass(g, d.assignedSubject[a]) + " " + d.subjectId(g, d.assignedSubject[a]));
    }
}
