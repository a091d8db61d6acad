package io.memberkit.adapter.http.awx.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The shared configuration of the AWX mappers: a target field nobody maps fails the build, and the conversions of
 * {@link AwxValues} apply everywhere. Static helpers only, so {@code Mappers.getMapper} builds them without a bean
 * context.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.JAKARTA,
        unmappedTargetPolicy = ReportingPolicy.ERROR, uses = AwxValues.class)
public interface AwxMapping {
}
