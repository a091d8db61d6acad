package io.memberkit.adapter.persistence.organization;

import io.memberkit.adapter.persistence.common.PersistenceMapping;
import io.memberkit.adapter.persistence.common.Values;
import io.memberkit.domain.organization.Badge;
import io.memberkit.domain.organization.Organization;
import io.memberkit.domain.organization.OrganizationMetrics;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
public interface OrganizationRowMapper {
    // MapStruct takes deletedAt(Instant) for a fluent setter; the constructor already sets everything
    @Mapping(target = "deletedAt", ignore = true)
    @Mapping(target = "businessNumber", source = "row.businessNumberId")
    @Mapping(target = "metrics", source = "row")
    @Mapping(target = "badges", source = "badges")
    Organization toDomain(OrganizationRow row, Set<Badge> badges);

    @Mapping(target = "members", source = "membersCount")
    @Mapping(target = "followers", source = "followersCount")
    @Mapping(target = "datasets", source = "datasetsCount")
    @Mapping(target = "reuses", source = "reusesCount")
    @Mapping(target = "views", source = "viewsCount")
    OrganizationMetrics metrics(OrganizationRow row);

    @Mapping(target = "businessNumberId", source = "businessNumber")
    @Mapping(target = "membersCount", source = "metrics.members")
    @Mapping(target = "followersCount", source = "metrics.followers")
    @Mapping(target = "datasetsCount", source = "metrics.datasets")
    @Mapping(target = "reusesCount", source = "metrics.reuses")
    @Mapping(target = "viewsCount", source = "metrics.views")
    OrganizationRow toRow(Organization organization);

    default Badge badge(BadgeRow row) {
        return Values.badge(row.id().badge());
    }
}
