package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** An organization (GET /organizations/{org}/, items of GET /organizations/). Never has {@code requests}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataOrganization(String id, String name, String acronym, String slug, String description, String url,
                                String logo, String logoThumbnail, String businessNumberId, List<UdataBadge> badges,
                                String createdAt, String lastModified, String deleted, List<UdataMember> members,
                                UdataOrganizationMetrics metrics, UdataOrganizationPermissions permissions,
                                String page, String uri) {
}
