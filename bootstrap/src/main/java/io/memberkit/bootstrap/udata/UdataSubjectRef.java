package io.memberkit.bootstrap.udata;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** uData's GenericReference {@code {"class": "Dataset", "id": "..."}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record UdataSubjectRef(@JsonProperty("class") String kind, String id) {
}
