package io.memberkit.adapter.http.udata.mapping;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * The shared configuration of the uData mappers: a target field nobody maps fails the build, and the value
 * conversions of {@link UdataValues} apply everywhere. The mappers use only static helpers, so they are also
 * built without a bean context ({@code Mappers.getMapper}), as {@code UdataAdapter.create} does.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.JAKARTA,
        unmappedTargetPolicy = ReportingPolicy.ERROR, uses = UdataValues.class)
public interface UdataMapping {
}
