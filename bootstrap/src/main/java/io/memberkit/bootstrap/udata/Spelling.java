package io.memberkit.bootstrap.udata;

import io.memberkit.application.port.out.OrganizationQuery.OrganizationSort;
import io.memberkit.application.port.out.UserQuery.UserSort;
import io.memberkit.domain.assignment.SubjectClass;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.SortOrder;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.user.SiteRole;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * uData's spellings of memberkit's enums, both ways: {@code partial_editor}, {@code public-service}, {@code Dataset},
 * {@code -name}, and its dates ({@code 2024-04-14T00:00:00+00:00}). Parsing names the field at fault (a wire field
 * such as {@code role} for the server, an option such as {@code --role} for the command line), as uData's 400 does.
 */
public final class Spelling {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private Spelling() {
    }

    /** As Python's isoformat: seconds always, microseconds when there are some, offset {@code +00:00}. */
    public static String date(Instant at) {
        if (at == null) {
            return null;
        }
        var utc = at.atOffset(ZoneOffset.UTC);
        return (utc.getNano() == 0 ? SECONDS : MICROS).format(utc);
    }

    public static String role(MemberRole role) {
        return lower(role);
    }

    public static MemberRole role(String value, String field) {
        return parse(MemberRole.class, value, field, "role", Spelling::role);
    }

    public static String badge(Badge badge) {
        return lower(badge).replace('_', '-');
    }

    public static Badge badge(String value, String field) {
        return parse(Badge.class, value, field, "badge", Spelling::badge);
    }

    public static String status(RequestStatus status) {
        return lower(status);
    }

    public static RequestStatus status(String value, String field) {
        return parse(RequestStatus.class, value, field, "status", Spelling::status);
    }

    public static String kind(RequestKind kind) {
        return lower(kind);
    }

    public static String siteRole(SiteRole role) {
        return lower(role);
    }

    public static SiteRole siteRole(String value, String field) {
        return parse(SiteRole.class, value, field, "role", Spelling::siteRole);
    }

    /** {@code Dataset}, {@code Reuse}, {@code Dataservice}. */
    public static String subjectClass(SubjectClass kind) {
        var name = kind.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    public static SubjectClass subjectClass(String value, String field) {
        return parse(SubjectClass.class, value, field, "class", Spelling::subjectClass);
    }

    /** {@code Dataset:budget-2024}, as the command line writes a subject. */
    public static String subject(SubjectRef ref) {
        return subjectClass(ref.kind()) + ":" + ref.id();
    }

    public static SubjectRef subject(String value, String field) {
        var colon = value == null ? -1 : value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw InvalidInput.of(field, "'" + value + "' is not Class:id, such as Dataset:budget-2024");
        }
        return new SubjectRef(subjectClass(value.substring(0, colon), field), value.substring(colon + 1));
    }

    /** {@code name}, {@code -created}… into a sort order of {@code fields}. */
    public static <F extends Enum<F>> SortOrder<F> sort(String value, Class<F> fields, String field) {
        var descending = value != null && value.startsWith("-");
        var name = descending ? value.substring(1) : value;
        var parsed = parse(fields, name, field, "sort", Spelling::lower);
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

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
