package io.memberkit.adapter.http.udata.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import com.fasterxml.jackson.annotation.JsonProperty;

/** uData's GenericReference {@code {"class": "Dataset", "id": "..."}}: an assignment's object. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UdataSubjectRef(@JsonProperty("class") String kind, String id) {
}
