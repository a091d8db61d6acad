package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.application.port.out.OrganizationQuery.OrganizationSort;
import io.memberkit.application.port.out.UserQuery.UserSort;
import io.memberkit.domain.assignment.SubjectClass;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.user.SiteRole;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * uData's spellings ({@link UdataValues}') read from a person or a client rather than from uData: a server's body
 * fields and query parameters, a command line's options. A bad value is the caller's {@link InvalidInput}, naming
 * the field at fault (a wire field such as {@code role}, an option such as {@code --role}) and the spellings it
 * takes, as uData's 400 does; case and surrounding blanks are forgiven. Also the one-line text of a subject,
 * {@code Dataset:budget-2024}.
 */
public final class UdataText {
    private UdataText() {
    }

    public static MemberRole role(String value, String field) {
        return parse(MemberRole.class, value, field, "role", UdataValues::memberRole);
    }

    public static Badge badge(String value, String field) {
        return parse(Badge.class, value, field, "badge", UdataValues::badge);
    }

    public static RequestStatus status(String value, String field) {
        return parse(RequestStatus.class, value, field, "status", UdataValues::requestStatus);
    }

    public static SiteRole siteRole(String value, String field) {
        return parse(SiteRole.class, value, field, "role", UdataValues::siteRole);
    }

    public static SubjectClass subjectClass(String value, String field) {
        return parse(SubjectClass.class, value, field, "class", UdataValues::subjectClass);
    }

    /** {@code Dataset:budget-2024}, as the command line writes a subject. */
    public static String subject(SubjectRef ref) {
        return UdataValues.subjectClass(ref.kind()) + ":" + ref.id();
    }

    public static SubjectRef subject(String value, String field) {
        var colon = value == null ? -1 : value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw InvalidInput.of(field, "'" + value + "' is not Class:id, such as Dataset:budget-2024");
        }
        return new SubjectRef(subjectClass(value.substring(0, colon), field), value.substring(colon + 1));
    }

    /** {@code name}, {@code -created}… into a sort order of {@code fields}, '-' first for descending. */
    public static <F extends Enum<F>> SortOrder<F> sort(String value, Class<F> fields, String field) {
        var descending = value != null && value.startsWith("-");
        var name = descending ? value.substring(1) : value;
        var parsed = parse(fields, name, field, "sort", f -> f.name().toLowerCase(Locale.ROOT));
        return descending ? SortOrder.descending(parsed) : SortOrder.ascending(parsed);
    }

    public static SortOrder<OrganizationSort> organizationSort(String value, String field) {
        return sort(value, OrganizationSort.class, field);
    }

    public static SortOrder<UserSort> userSort(String value, String field) {
        return sort(value, UserSort.class, field);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String what,
                                               Function<E, String> spelling) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        var wanted = value.strip();
        for (var constant : type.getEnumConstants()) {
            if (spelling.apply(constant).equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        var allowed = Arrays.stream(type.getEnumConstants()).map(spelling).collect(Collectors.joining(", "));
        throw InvalidInput.of(field, "Invalid " + what + " '" + wanted + "' (one of: " + allowed + ")");
    }
}
