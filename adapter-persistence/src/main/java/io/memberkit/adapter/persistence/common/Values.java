package io.memberkit.adapter.persistence.common;

import io.memberkit.domain.assignment.SubjectClass;
import io.memberkit.domain.common.Email;
import io.memberkit.domain.common.EmailAddress;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Slug;
import io.memberkit.domain.common.UserId;
import io.memberkit.domain.common.WebUrl;
import io.memberkit.domain.membership.MemberRole;
import io.memberkit.domain.membership.MembershipRequestId;
import io.memberkit.domain.membership.RequestKind;
import io.memberkit.domain.membership.RequestStatus;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.BusinessNumber;
import io.memberkit.domain.user.SiteRole;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Value objects to and from their column values, used by every mapper. Codes are stored in lower case
 * ({@code partial_editor}, {@code public-service}), as the schema's check constraints spell them. Values are
 * rebuilt through their constructors, so a bad row fails loudly instead of leaking into the domain.
 */
@Singleton
public final class Values {

    public String value(UserId id) {
        return id == null ? null : id.value();
    }

    public UserId userId(String value) {
        return value == null ? null : new UserId(value);
    }

    public String value(OrganizationId id) {
        return id == null ? null : id.value();
    }

    public OrganizationId organizationId(String value) {
        return value == null ? null : new OrganizationId(value);
    }

    public String value(MembershipRequestId id) {
        return id == null ? null : id.value();
    }

    public MembershipRequestId requestId(String value) {
        return value == null ? null : new MembershipRequestId(value);
    }

    public String value(Slug slug) {
        return slug == null ? null : slug.value();
    }

    public Slug slug(String value) {
        return value == null ? null : new Slug(value);
    }

    public String value(WebUrl url) {
        return url == null ? null : url.value();
    }

    public WebUrl webUrl(String value) {
        return value == null ? null : new WebUrl(value);
    }

    /** The local store only ever holds real addresses: masking happens on remote answers. */
    public String value(Email email) {
        return email == null ? null : email.value();
    }

    public Email email(String value) {
        return value == null ? null : new EmailAddress(value);
    }

    public String value(BusinessNumber number) {
        return number == null ? null : number.value();
    }

    public BusinessNumber businessNumber(String value) {
        return value == null ? null : new BusinessNumber(value);
    }

    public static String code(MemberRole role) {
        return lower(role);
    }

    public static MemberRole role(String code) {
        return MemberRole.valueOf(upper(code));
    }

    public static String code(RequestKind kind) {
        return lower(kind);
    }

    public static RequestKind kind(String code) {
        return RequestKind.valueOf(upper(code));
    }

    public static String code(RequestStatus status) {
        return lower(status);
    }

    public static RequestStatus status(String code) {
        return RequestStatus.valueOf(upper(code));
    }

    public static String code(SubjectClass subjectClass) {
        return lower(subjectClass);
    }

    public static SubjectClass subjectClass(String code) {
        return SubjectClass.valueOf(upper(code));
    }

    /** uData's spelling: {@code public-service}. */
    public static String code(Badge badge) {
        return badge.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Badge badge(String code) {
        return Badge.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Site roles as one column: a comma-separated list of codes, empty for none. */
    public String roles(Set<SiteRole> roles) {
        return roles.stream().sorted().map(Values::lower).collect(Collectors.joining(","));
    }

    public Set<SiteRole> siteRoles(String codes) {
        var roles = EnumSet.noneOf(SiteRole.class);
        Arrays.stream(codes.split(",")).filter(code -> !code.isBlank()).map(code -> SiteRole.valueOf(upper(code)))
                .forEach(roles::add);
        return roles;
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}
