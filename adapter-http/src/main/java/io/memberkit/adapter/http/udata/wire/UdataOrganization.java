package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** An organization (GET /organizations/{org}/ and the items of GET /organizations/), members included. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataOrganization(String id, String name, String acronym, String slug, String description, String url,
                                String logo, String logoThumbnail, String businessNumberId, List<UdataBadge> badges,
                                String createdAt, String lastModified, String deleted, List<UdataMember> members,
                                UdataOrganizationMetrics metrics, UdataOrganizationPermissions permissions,
                                String page, String uri) {
}
