package io.memberkit.adapter.http.isogeo.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One item of {@code GET /account/memberships}: the token owner's {@code role} in one workgroup ("admin", "writer"
 * or "reader" in Isogeo's SDK; its documentation also says "editor"), with the account and the workgroup in full.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record IsogeoMembership(@JsonProperty("_id") String id, String role, IsogeoAccount user,
                               IsogeoWorkgroup group) {
}
