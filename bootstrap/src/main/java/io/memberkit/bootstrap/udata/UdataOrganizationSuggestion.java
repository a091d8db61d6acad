package io.memberkit.bootstrap.udata;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** An item of GET /organizations/suggest/. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataOrganizationSuggestion(String id, String name, String acronym, String slug, String imageUrl,
                                          String page) {
}
