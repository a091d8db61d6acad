package io.memberkit.adapter.persistence.assignment;

import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.adapter.persistence.common.Values;
import io.memberkit.application.port.out.SubjectRepository;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.Subject;
import io.memberkit.domain.assignment.SubjectRef;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The platform's objects in {@code subjects}; removing one removes its assignments (ON DELETE CASCADE). */
@Singleton
@TranslatesSqlFailures
public class JdbcSubjectRepository implements SubjectRepository {
    private final SubjectRows rows;
    private final AssignmentRows assignments;
    private final AssignmentRowMapper mapper;

    public JdbcSubjectRepository(SubjectRows rows, AssignmentRows assignments, AssignmentRowMapper mapper) {
        this.rows = rows;
        this.assignments = assignments;
        this.mapper = mapper;
    }

    @Override
    public Optional<Subject> find(SubjectRef ref) {
        return rows.findById(mapper.key(ref)).map(mapper::toDomain);
    }

    @Override
    public void register(Subject subject, Optional<Assignment> creatorAssignment) {
        rows.save(mapper.toRow(subject));
        creatorAssignment.map(mapper::toRow).ifPresent(assignments::save);
    }

    @Override
    public void remove(SubjectRef ref) {
        rows.remove(Values.code(ref.kind()), ref.id());
    }
}
