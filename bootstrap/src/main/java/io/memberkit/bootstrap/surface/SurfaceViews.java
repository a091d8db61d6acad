package io.memberkit.bootstrap.surface;

import io.memberkit.adapter.http.udata.wire.UdataMember;
import io.memberkit.adapter.http.udata.wire.UdataSubjectRef;
import io.memberkit.application.port.in.member.MemberCounts;
import io.memberkit.adapter.http.udata.mapping.UdataText;
import io.memberkit.adapter.http.udata.mapping.UdataValues;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.error.LineRefusal;
import io.memberkit.domain.error.Rule;
import io.memberkit.domain.membership.Invitee;
import io.memberkit.domain.membership.JoinPolicy;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipPlan;
import io.memberkit.domain.membership.PlanStep;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Collection;
import java.util.List;

/** The JSON shapes of memberkit's own answers (plans, counts, join policies, refused lines), in snake_case. */
public final class SurfaceViews {
    private SurfaceViews() {
    }

    /**
     * A membership plan. {@code action} is one of {@code invite}, {@code accept_request}, {@code change_role},
     * {@code change_assignments}, {@code remove}, {@code cancel_invitation}; {@code line} 0 is what the list does
     * not mention.
     */
    /**
     * A page of members read by cursor, oldest first: {@code after} starts the next page ({@code --after} on the
     * command line, {@code ?after=} on the server), null on the last one.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record MemberPage(List<UdataMember> data, int pageSize, String after) {
    }

    /** The answer to "may this user edit this object of this organization". */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record MayEdit(String organization, UdataSubjectRef subject, String user, boolean mayEdit) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Plan(String organization, String removalPolicy, boolean empty, List<Step> steps,
                       List<Refusal> refusals) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Step(int line, String action, String user, String email, String role, String previousRole,
                       List<String> assignments, List<String> previousAssignments, String request) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Refusal(int line, String subject, String kind, String rule, String field, String message) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Counts(String organization, long admin, long editor, long partialEditor, long total) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Domain(String domain, boolean verified, String declaredOn, String verifiedOn) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record JoinPolicyView(String organization, String defaultJoinRole, List<Domain> domains) {
    }

    /** The body of a refusal of lines: uData's {@code message}, the {@code rule} and every refused line. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record LinesRefused(String message, String rule, List<Refusal> lines) {
    }

    public static Plan plan(MembershipPlan plan) {
        return new Plan(plan.organization().value(), plan.policy().name().toLowerCase(java.util.Locale.ROOT),
                plan.isEmpty(), plan.steps().stream().map(SurfaceViews::step).toList(),
                refusals(plan.refusals()));
    }

    public static List<Refusal> refusals(List<LineRefusal> refusals) {
        return refusals.stream().map(r -> new Refusal(r.line(), r.subject(), r.kind().name().toLowerCase(
                java.util.Locale.ROOT), r.rule().map(Rule::name).orElse(null), r.field().orElse(null),
                r.message())).toList();
    }

    public static LinesRefused linesRefused(String message, List<LineRefusal> lines) {
        return new LinesRefused(message, Rule.LINES_REFUSED.name(), refusals(lines));
    }

    public static Counts counts(String organization, MemberCounts counts) {
        return new Counts(organization, counts.of(MemberRole.ADMIN), counts.of(MemberRole.EDITOR),
                counts.of(MemberRole.PARTIAL_EDITOR), counts.total());
    }

    public static JoinPolicyView joinPolicy(String organization, JoinPolicy policy) {
        return new JoinPolicyView(organization, UdataValues.memberRole(policy.defaultRole()), policy.domains().stream()
                .map(d -> new Domain(d.domain().value(), d.isVerified(), UdataValues.isoDate(d.declaredOn()),
                        UdataValues.isoDate(d.verifiedOn()))).toList());
    }

    private static Step step(PlanStep step) {
        if (step instanceof PlanStep.Invite s) {
            return new Step(s.line(), "invite", user(s.invitee()), email(s.invitee()), UdataValues.memberRole(s.role()), null,
                    subjects(s.assignments()), null, s.replacing().map(Object::toString).orElse(null));
        }
        if (step instanceof PlanStep.AcceptRequest s) {
            return new Step(s.line(), "accept_request", s.user().value(), null, UdataValues.memberRole(s.role()), null,
                    subjects(s.assignments()), null, s.request().toString());
        }
        if (step instanceof PlanStep.ChangeRole s) {
            return new Step(s.line(), "change_role", s.user().value(), null, UdataValues.memberRole(s.to()),
                    UdataValues.memberRole(s.from()), null, null, null);
        }
        if (step instanceof PlanStep.ChangeAssignments s) {
            return new Step(s.line(), "change_assignments", s.user().value(), null, null, null, subjects(s.to()),
                    subjects(s.from()), null);
        }
        if (step instanceof PlanStep.Remove s) {
            return new Step(s.line(), "remove", s.user().value(), null, UdataValues.memberRole(s.role()), null, null, null,
                    null);
        }
        var s = (PlanStep.CancelInvitation) step;
        return new Step(s.line(), "cancel_invitation", user(s.invitee()), email(s.invitee()), null, null, null, null,
                s.invitation().toString());
    }

    private static String user(Invitee invitee) {
        return invitee instanceof Invitee.Known known ? known.user().value() : null;
    }

    private static String email(Invitee invitee) {
        return invitee instanceof Invitee.ByEmail byEmail ? byEmail.email().value() : null;
    }

    private static List<String> subjects(Collection<SubjectRef> refs) {
        return refs.stream().map(UdataText::subject).sorted().toList();
    }
}
