package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** uData's OrganizationReference, as in {@code /me/}'s organizations and an invitation's organization. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataOrganizationRef(@JsonProperty("class") String kind, String id, String name, String acronym,
                                   String slug, String logo, String logoThumbnail, List<UdataBadge> badges,
                                   String page, String uri) {
    /** A reference by id only, as this adapter writes one. */
    public static UdataOrganizationRef of(String id) {
        return new UdataOrganizationRef("Organization", id, null, null, null, null, null, null, null, null);
    }
}
