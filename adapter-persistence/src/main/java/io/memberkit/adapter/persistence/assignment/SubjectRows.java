package io.memberkit.adapter.persistence.assignment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Statements on {@code subjects}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SubjectRows extends GenericRepository<SubjectRow, SubjectKey> {

    Optional<SubjectRow> findById(SubjectKey id);

    SubjectRow save(SubjectRow row);

    /** Its assignments go too (ON DELETE CASCADE). */
    @Query("DELETE FROM subjects WHERE subject_class = :subjectClass AND subject_id = :subjectId")
    void remove(String subjectClass, String subjectId);
}
