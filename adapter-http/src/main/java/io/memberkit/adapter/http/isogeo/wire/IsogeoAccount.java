package io.memberkit.adapter.http.isogeo.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A user account: {@code GET /account} (the token's owner, "me"), and the {@code user} of each membership.
 * {@code staff} marks Isogeo's own team. {@code language} is the interface language ("" for the default) and
 * {@code timezone} a Windows zone name ("Romance Standard Time"); the mailing-list subscriptions are not read.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record IsogeoAccount(@JsonProperty("_id") String id, @JsonProperty("_created") String created,
                            @JsonProperty("_modified") String modified, Boolean staff, IsogeoContact contact,
                            String language, String timezone) {
}
