package io.memberkit.adapter.http.isogeo.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A workgroup (Isogeo's organization), as a membership shows it: its contact card (name, email, address) and its
 * capabilities and settings ({@code canCreateMetadata}, {@code areKeywordsRestricted}, {@code hasCswClient},
 * {@code metadataLanguage}…). {@code _tag} is "owner:{_id}": a workgroup owns metadata.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record IsogeoWorkgroup(@JsonProperty("_id") String id, @JsonProperty("_tag") String tag,
                              @JsonProperty("_created") String created, @JsonProperty("_modified") String modified,
                              IsogeoContact contact, Boolean canCreateMetadata, Boolean canCreateLegacyServiceLinks,
                              Boolean areKeywordsRestricted, Boolean hasCswClient, Boolean hasScanFme,
                              String keywordsCasing, String metadataLanguage, String themeColor) {
}
