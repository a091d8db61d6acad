package io.memberkit.bootstrap.udata;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** uData's OrganizationReference, as in {@code /me/}'s organizations and an invitation's organization. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataOrganizationRef(@JsonProperty("class") String kind, String id, String name, String acronym,
                                   String slug, String logo, String logoThumbnail, List<UdataBadge> badges,
                                   String page, String uri) {
}
