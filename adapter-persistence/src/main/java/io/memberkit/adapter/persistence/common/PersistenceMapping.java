package io.memberkit.adapter.persistence.common;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Shared by every row mapper: a forgotten field fails the build, and value objects map through {@link Values}. */
@MapperConfig(componentModel = MappingConstants.ComponentModel.JAKARTA,
        unmappedTargetPolicy = ReportingPolicy.ERROR, uses = Values.class)
public interface PersistenceMapping {
}
