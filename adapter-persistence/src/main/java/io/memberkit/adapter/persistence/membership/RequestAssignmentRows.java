package io.memberkit.adapter.persistence.membership;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Statements on {@code request_assignments}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RequestAssignmentRows extends GenericRepository<RequestAssignmentRow, RequestAssignmentKey> {

    List<RequestAssignmentRow> saveAll(Iterable<RequestAssignmentRow> rows);

    @Query("SELECT * FROM request_assignments WHERE request_id IN (:requests)")
    List<RequestAssignmentRow> of(Collection<String> requests);
}
