package io.memberkit.adapter.http.isogeo.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The shared configuration of the Isogeo mappers: a target field nobody maps fails the build, and the conversions
 * of {@link IsogeoValues} apply everywhere. Static helpers only, so {@code Mappers.getMapper} builds them without a
 * bean context.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.JAKARTA,
        unmappedTargetPolicy = ReportingPolicy.ERROR, uses = IsogeoValues.class)
public interface IsogeoMapping {
}
