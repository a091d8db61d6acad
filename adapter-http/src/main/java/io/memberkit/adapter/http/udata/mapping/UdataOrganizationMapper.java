package io.memberkit.adapter.http.udata.mapping;

import io.memberkit.adapter.http.udata.wire.UdataOrganization;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationMetrics;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationRef;
import io.memberkit.adapter.http.udata.wire.UdataOrganizationWrite;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationMetrics;
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

    @Mapping(target = "businessNumberId", source = "businessNumber")
    @Mapping(target = "createdAt", source = "created")
    @Mapping(target = "members", ignore = true)
    @Mapping(target = "permissions", ignore = true)
    @Mapping(target = "logoThumbnail", ignore = true)
    @Mapping(target = "page", ignore = true)
    @Mapping(target = "uri", ignore = true)
    UdataOrganization toWire(Organization organization);

    @Mapping(target = "dataservices", ignore = true)
    UdataOrganizationMetrics toWire(OrganizationMetrics metrics);

    @Mapping(target = "kind", constant = "Organization")
    @Mapping(target = "logoThumbnail", ignore = true)
    @Mapping(target = "page", ignore = true)
    @Mapping(target = "uri", ignore = true)
    UdataOrganizationRef toReference(Organization organization);

    @Mapping(target = "businessNumberId", source = "businessNumber")
    UdataOrganizationWrite toWrite(Organization organization);

    private static long count(Long value) {
        return value == null || value < 0 ? 0 : value;
    }
}
