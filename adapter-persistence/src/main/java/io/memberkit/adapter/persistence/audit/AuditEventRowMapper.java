package io.memberkit.adapter.persistence.audit;

import io.memberkit.adapter.persistence.common.PersistenceMapping;
import io.memberkit.domain.common.AuditEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
public interface AuditEventRowMapper {
    @Mapping(target = "sequence", source = "seq")
    @Mapping(target = "at", source = "occurredAt")
    @Mapping(target = "actor", source = "actorId")
    @Mapping(target = "organization", source = "organizationId")
    @Mapping(target = "type", source = "eventType")
    AuditEntry toDomain(AuditEventRow row);
}
