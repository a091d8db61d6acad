package io.memberkit.adapter.persistence.archfixture;

import io.memberkit.domain.common.UserId;

/** Right: the persistence adapter mapping its rows to the domain, on its own. */
public final class MemberRowMapper {
    public UserId toDomain(String row) {
        return new UserId(row);
    }
}
