package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataMember;
import io.memberkit.adapter.http.udata.wire.UdataOrganization;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationMetrics;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationPermissions;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationSuggestion;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationWrite;
import io.memberkit.domain.membership.MemberDetails;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationMetrics;
import io.memberkit.domain.permission.OrganizationPermissions;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Organizations, both ways. Members travel in the same payload but are mapped by {@link UdataMemberMapper}. */
@Mapper(config = UdataMapping.class)
public interface UdataOrganizationMapper {
    UdataOrganizationMapper INSTANCE = Mappers.getMapper(UdataOrganizationMapper.class);

    @Mapping(target = "businessNumber", source = "businessNumberId")
    @Mapping(target = "created", source = "createdAt")
    @Mapping(target = "deletedAt", ignore = true) // a method of the record MapStruct takes for a fluent setter
    Organization toDomain(UdataOrganization organization);

    /** Counters absent from the payload are zero. */
    default OrganizationMetrics toDomain(UdataOrganizationMetrics metrics) {
        if (metrics == null) {
            return null;
        }
        return new OrganizationMetrics(count(metrics.members()), count(metrics.followers()),
                count(metrics.datasets()), count(metrics.reuses()), count(metrics.views()));
    }

    /** An organization as uData serves it, without members or permissions. */
    @Mapping(target = "businessNumberId", source = "businessNumber")
    @Mapping(target = "createdAt", source = "created")
    @Mapping(target = "members", ignore = true)
    @Mapping(target = "permissions", ignore = true)
    @Mapping(target = "logoThumbnail", source = "logo")
    @Mapping(target = "page", ignore = true)
    @Mapping(target = "uri", source = "id", qualifiedByName = "organizationUri")
    UdataOrganization toWire(Organization organization);

    /**
     * An organization with its members and the viewer's permissions, as GET /organizations/{org}/ serves it; the
     * members' accounts are written as given (the caller decides which email each viewer sees). There is no
     * {@code requests} field to leak.
     */
    @Mapping(target = "id", source = "organization.id")
    @Mapping(target = "businessNumberId", source = "organization.businessNumber")
    @Mapping(target = "createdAt", source = "organization.created")
    @Mapping(target = "logoThumbnail", source = "organization.logo")
    @Mapping(target = "members", source = "members")
    @Mapping(target = "permissions", source = "permissions")
    @Mapping(target = "page", ignore = true)
    @Mapping(target = "uri", source = "organization.id", qualifiedByName = "organizationUri")
    UdataOrganization toWire(Organization organization, List<MemberDetails> members,
                             OrganizationPermissions permissions);

    default UdataMember member(MemberDetails member) {
        return UdataMemberMapper.INSTANCE.toWire(member);
    }

    @Mapping(target = "dataservices", ignore = true)
    UdataOrganizationMetrics toWire(OrganizationMetrics metrics);

    UdataOrganizationPermissions toWire(OrganizationPermissions permissions);

    @Mapping(target = "kind", constant = "Organization")
    @Mapping(target = "logoThumbnail", source = "logo")
    @Mapping(target = "page", ignore = true)
    @Mapping(target = "uri", source = "id", qualifiedByName = "organizationUri")
    UdataOrganizationRef toReference(Organization organization);

    /** An item of GET /organizations/suggest/. */
    @Mapping(target = "imageUrl", source = "logo")
    @Mapping(target = "page", ignore = true)
    UdataOrganizationSuggestion toSuggestion(Organization organization);

    @Mapping(target = "businessNumberId", source = "businessNumber")
    UdataOrganizationWrite toWrite(Organization organization);

    private static long count(Long value) {
        return value == null || value < 0 ? 0 : value;
    }
}
