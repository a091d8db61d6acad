package io.memberkit.adapter.persistence.assignment;

import io.memberkit.adapter.persistence.common.TranslatesSqlFailures;
import io.memberkit.adapter.persistence.common.Values;
import io.memberkit.application.port.out.AssignmentRepository;
import io.memberkit.domain.assignment.Assignment;
import io.memberkit.domain.assignment.SubjectRef;
import io.memberkit.domain.common.OrganizationId;
import io.memberkit.domain.common.Page;
import io.memberkit.domain.common.PageRequest;
import io.memberkit.domain.common.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Partial editors' assignments in {@code assignments}. */
@Singleton
@TranslatesSqlFailures
public class JdbcAssignmentRepository implements AssignmentRepository {
    private final AssignmentRows rows;
    private final AssignmentRowMapper mapper;

    public JdbcAssignmentRepository(AssignmentRows rows, AssignmentRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Page<Assignment> list(OrganizationId organization, PageRequest page) {
        var items = rows.page(organization.value(), page.pageSize(), page.offset()).stream()
                .map(mapper::toDomain).toList();
        return Page.of(items, page, rows.count(organization.value()));
    }

    @Override
    public List<Assignment> of(OrganizationId organization, UserId user) {
        return rows.of(organization.value(), user.value()).stream().map(mapper::toDomain).toList();
    }

    /** Only the difference is written: kept assignments keep their creation date. */
    @Override
    public List<Assignment> replace(OrganizationId organization, UserId user, Set<SubjectRef> subjects, Instant at) {
        var current = of(organization, user).stream().map(Assignment::subject).collect(Collectors.toSet());
        current.stream().filter(subject -> !subjects.contains(subject)).forEach(subject -> rows.remove(
                organization.value(), user.value(), Values.code(subject.kind()), subject.id()));
        rows.saveAll(subjects.stream().filter(subject -> !current.contains(subject))
                .map(subject -> mapper.toRow(new Assignment(organization, user, subject, at))).toList());
        return of(organization, user);
    }
}
