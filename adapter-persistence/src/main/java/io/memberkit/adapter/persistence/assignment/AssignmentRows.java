package io.memberkit.adapter.persistence.assignment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Statements on {@code assignments}. Subjects sort as the domain's enum does: dataset, reuse, dataservice. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AssignmentRows extends GenericRepository<AssignmentRow, AssignmentKey> {

    AssignmentRow save(AssignmentRow row);

    List<AssignmentRow> saveAll(Iterable<AssignmentRow> rows);

    @Query("""
            SELECT * FROM assignments WHERE organization_id = :organization
            ORDER BY user_id, CASE subject_class WHEN 'dataset' THEN 0 WHEN 'reuse' THEN 1 ELSE 2 END, subject_id
            LIMIT :limit OFFSET :offset""")
    List<AssignmentRow> page(String organization, int limit, long offset);

    @Query("SELECT COUNT(*) FROM assignments WHERE organization_id = :organization")
    long count(String organization);

    @Query("""
            SELECT * FROM assignments WHERE organization_id = :organization AND user_id = :user
            ORDER BY CASE subject_class WHEN 'dataset' THEN 0 WHEN 'reuse' THEN 1 ELSE 2 END, subject_id""")
    List<AssignmentRow> of(String organization, String user);

    @Query("""
            DELETE FROM assignments WHERE organization_id = :organization AND user_id = :user
            AND subject_class = :subjectClass AND subject_id = :subjectId""")
    void remove(String organization, String user, String subjectClass, String subjectId);

    @Query("DELETE FROM assignments WHERE organization_id = :organization AND user_id = :user")
    void removeAllOf(String organization, String user);
}
