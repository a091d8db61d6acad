package io.memberkit.adapter.persistence.user;

import io.memberkit.adapter.persistence.common.PersistenceMapping;
import io.memberkit.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
public interface UserRowMapper {
    // MapStruct takes the record's with-methods for fluent setters; the constructor already sets everything
    @Mapping(target = "withProfile", ignore = true)
    @Mapping(target = "withRoles", ignore = true)
    @Mapping(target = "withActive", ignore = true)
    User toDomain(UserRow row);

    UserRow toRow(User user);
}
