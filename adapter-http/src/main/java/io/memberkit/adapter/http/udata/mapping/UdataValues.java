package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataBadge;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataSubjectRef;
import io.memberkit.adapter.http.udata.wire.UdataUserRef;
import io.memberkit.domain.assignment.SubjectClass;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.MaskedEmail;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.error.InvalidInput;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.user.SiteRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mapstruct.Context;
import org.mapstruct.Named;

/**
 * uData's wire spellings and the conversions the generated mappers use (MapStruct picks these static methods by
 * type). Reading is tolerant where uData's own data is looser than memberkit's rules:
 * <ul>
 *   <li>dates with or without offset and fraction, or a bare date ("2024-04-14T00:00:00+00:00",
 *       "2025-08-06T13:46:55.423000", "2024-04-14"); without an offset they are UTC, as uData stores them;</li>
 *   <li>an email with '*' is a {@link MaskedEmail}; an address memberkit cannot read (uData anonymises deleted
 *       accounts as {@code <id>@deleted}) is treated as hidden (null) rather than failing the whole payload;</li>
 *   <li>a website or business number memberkit would refuse is dropped for the same reason: uData checks the Luhn
 *       sum of a SIRET's first 9 digits only, memberkit all 14; decorative fields never fail a whole list;</li>
 *   <li>badges and site roles memberkit does not know are skipped.</li>
 * </ul>
 * Identity, role, status and kind are not tolerated: an unknown value there makes the payload a bad answer.
 */
public final class UdataValues {
    private static final Map<MemberRole, String> ROLES = Map.of(MemberRole.ADMIN, "admin", MemberRole.EDITOR,
            "editor", MemberRole.PARTIAL_EDITOR, "partial_editor");
    private static final Map<Badge, String> BADGES = Map.of(Badge.PUBLIC_SERVICE, "public-service", Badge.CERTIFIED,
            "certified", Badge.ASSOCIATION, "association", Badge.COMPANY, "company", Badge.LOCAL_AUTHORITY,
            "local-authority");
    private static final Map<SubjectClass, String> CLASSES = Map.of(SubjectClass.DATASET, "Dataset",
            SubjectClass.REUSE, "Reuse", SubjectClass.DATASERVICE, "Dataservice");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private UdataValues() {
    }

    // ---- dates ----

    public static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADateTime) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    throw new IllegalArgumentException("not a date: '" + text + "'");
                }
            }
        }
    }

    /** Python's {@code isoformat()} in UTC, as uData writes dates: "2024-04-14T00:00:00+00:00", micros if any. */
    public static String isoDate(Instant value) {
        if (value == null) {
            return null;
        }
        var utc = value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        var micros = utc.getNano() / 1000;
        return SECONDS.format(utc) + (micros == 0 ? "" : String.format(Locale.ROOT, ".%06d", micros)) + "+00:00";
    }

    // ---- identities ----

    public static UserId userId(String value) {
        return value == null ? null : new UserId(value);
    }

    public static String userId(UserId value) {
        return value == null ? null : value.value();
    }

    public static OrganizationId organizationId(String value) {
        return value == null ? null : new OrganizationId(value);
    }

    public static String organizationId(OrganizationId value) {
        return value == null ? null : value.value();
    }

    public static MembershipRequestId requestId(String value) {
        return value == null ? null : new MembershipRequestId(value);
    }

    public static String requestId(MembershipRequestId value) {
        return value == null ? null : value.value();
    }

    public static Slug slug(String value) {
        return value == null ? null : new Slug(value);
    }

    public static String slug(Slug value) {
        return value == null ? null : value.value();
    }

    /** The API path of an account, as a payload's {@code uri} names it. */
    @Named("userUri")
    public static String userUri(UserId value) {
        return value == null ? null : "/api/1/users/" + value.value() + "/";
    }

    /** The API path of an organization, as a payload's {@code uri} names it. */
    @Named("organizationUri")
    public static String organizationUri(OrganizationId value) {
        return value == null ? null : "/api/1/organizations/" + value.value() + "/";
    }

    // ---- the people and organizations a payload names, as the caller's references write them ----

    public static UdataUserRef user(UserId user, @Context UdataReferences references) {
        return user == null ? null : references.user(user);
    }

    public static UdataOrganizationRef organization(OrganizationId organization,
                                                    @Context UdataReferences references) {
        return organization == null ? null : references.organization(organization);
    }

    // ---- decorative values, tolerated ----

    public static Email email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.contains("*")) {
            return new MaskedEmail(value.strip());
        }
        try {
            return new EmailAddress(value);
        } catch (InvalidInput unreadable) {
            return null;
        }
    }

    public static String email(Email value) {
        return value == null ? null : value.value();
    }

    /** Only a real address is ever written back: a masked one would overwrite the account's email with stars. */
    @Named("address")
    public static String address(Email value) {
        return value instanceof EmailAddress address ? address.value() : null;
    }

    public static WebUrl webUrl(String value) {
        try {
            return WebUrl.parseOptional(value, "url");
        } catch (InvalidInput unreadable) {
            return null;
        }
    }

    public static String webUrl(WebUrl value) {
        return value == null ? null : value.value();
    }

    public static BusinessNumber businessNumber(String value) {
        try {
            return BusinessNumber.parseOptional(value);
        } catch (InvalidInput unreadable) {
            return null;
        }
    }

    public static String businessNumber(BusinessNumber value) {
        return value == null ? null : value.value();
    }

    // ---- enums ----

    public static MemberRole memberRole(String value) {
        return value == null ? null : decode(ROLES, value, "role");
    }

    public static String memberRole(MemberRole value) {
        return value == null ? null : ROLES.get(value);
    }

    /**
     * uData's label for a role, as its code writes it ({@code ORG_ROLES}); data.gouv.fr serves it translated
     * ("Éditeur"), and a label read from a payload is not kept: it is a display string, not data.
     */
    @Named("memberRoleLabel")
    public static String memberRoleLabel(MemberRole role) {
        return role == null ? null : switch (role) {
            case ADMIN -> "Administrator";
            case EDITOR -> "Editor";
            case PARTIAL_EDITOR -> "Partial editor";
        };
    }

    /** uData's four statuses, and memberkit's computed "expired" (its own server shows it). */
    public static RequestStatus requestStatus(String value) {
        return value == null ? null : RequestStatus.valueOf(known(value, "status",
                "pending", "accepted", "refused", "canceled", "expired").toUpperCase(Locale.ROOT));
    }

    public static String requestStatus(RequestStatus value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** uData's default kind is "request". */
    public static RequestKind requestKind(String value) {
        return value == null ? RequestKind.REQUEST
                : RequestKind.valueOf(known(value, "kind", "request", "invitation").toUpperCase(Locale.ROOT));
    }

    public static String requestKind(RequestKind value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** A badge kind, or null for one memberkit does not know. */
    public static Badge badge(String kind) {
        return BADGES.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    public static String badge(Badge value) {
        return value == null ? null : BADGES.get(value);
    }

    public static Set<Badge> badges(List<UdataBadge> badges) {
        var set = EnumSet.noneOf(Badge.class);
        if (badges != null) {
            badges.stream().filter(Objects::nonNull).map(b -> badge(b.kind())).filter(Objects::nonNull)
                    .forEach(set::add);
        }
        return set;
    }

    public static List<UdataBadge> badges(Set<Badge> badges) {
        return badges == null ? List.of() : badges.stream().sorted().map(b -> new UdataBadge(badge(b))).toList();
    }

    public static Set<SiteRole> siteRoles(List<String> roles) {
        var set = EnumSet.noneOf(SiteRole.class);
        if (roles != null && roles.contains("admin")) {
            set.add(SiteRole.ADMIN);
        }
        return set;
    }

    public static List<String> siteRoles(Set<SiteRole> roles) {
        return roles == null ? List.of() : roles.stream().sorted().map(UdataValues::siteRole).toList();
    }

    public static String siteRole(SiteRole value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    public static SubjectClass subjectClass(String value) {
        return value == null ? null : decode(CLASSES, value, "class");
    }

    public static String subjectClass(SubjectClass value) {
        return value == null ? null : CLASSES.get(value);
    }

    public static SubjectRef subject(UdataSubjectRef ref) {
        return ref == null ? null : new SubjectRef(subjectClass(ref.kind()), ref.id());
    }

    public static UdataSubjectRef subject(SubjectRef ref) {
        return ref == null ? null : new UdataSubjectRef(subjectClass(ref.kind()), ref.id());
    }

    public static Set<SubjectRef> subjects(List<UdataSubjectRef> refs) {
        var set = new LinkedHashSet<SubjectRef>();
        if (refs != null) {
            refs.stream().filter(Objects::nonNull).map(UdataValues::subject).forEach(set::add);
        }
        return set;
    }

    /** Sorted by class then id, so a request body is the same for the same set. */
    public static List<UdataSubjectRef> subjects(Set<SubjectRef> refs) {
        var list = new ArrayList<SubjectRef>(refs == null ? Set.of() : refs);
        list.sort(Comparator.comparing(SubjectRef::kind).thenComparing(SubjectRef::id));
        return list.stream().map(UdataValues::subject).toList();
    }

    private static <E> E decode(Map<E, String> spellings, String value, String what) {
        return spellings.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + value + "'"));
    }

    private static String known(String value, String what, String... spellings) {
        for (var spelling : spellings) {
            if (spelling.equals(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value + "'");
    }
}
