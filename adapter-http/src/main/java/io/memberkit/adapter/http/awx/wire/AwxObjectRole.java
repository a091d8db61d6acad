package io.memberkit.adapter.http.awx.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/** One of an organization's roles ({@code admin_role}, {@code member_role}, {@code auditor_role}…): id, name, description. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwxObjectRole(Long id, String name, String description) {
}
