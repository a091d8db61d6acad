package io.memberkit.adapter.http.isogeo.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Isogeo's contact card, which carries a user's or a workgroup's name, email, phone and postal address
 * ({@code type} "user" or "group"). {@code hash} and {@code available} concern Isogeo's contact book.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record IsogeoContact(@JsonProperty("_id") String id, @JsonProperty("_tag") String tag,
                            @JsonProperty("_deleted") Boolean deleted, String type, String name, String email,
                            String phone, String addressLine1, String addressLine2, String city, String zipCode,
                            String countryCode, String hash, Boolean available) {
}
