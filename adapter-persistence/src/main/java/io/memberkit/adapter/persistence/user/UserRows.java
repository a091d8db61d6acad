package io.memberkit.adapter.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Statements on {@code users}. PostgreSQL SQL, which H2 runs in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRows extends GenericRepository<UserRow, String> {

    Optional<UserRow> findById(String id);

    List<UserRow> findByIdIn(Collection<String> ids);

    Optional<UserRow> findByEmail(String email);

    boolean existsBySlug(String slug);

    @Query("SELECT COUNT(*) > 0 FROM users WHERE roles = 'admin' AND active AND deleted IS NULL")
    boolean anySiteAdmin();

    UserRow save(UserRow row);

    UserRow update(UserRow row);

    @Query("UPDATE users SET email_verified = TRUE WHERE id = :id")
    void markEmailVerified(String id);

    /**
     * Usable accounts by prefix: one index range per column, each with its own LIMIT, then merged. A single
     * {@code a LIKE ? OR b LIKE ?} would scan the table, and H2 cannot use an index for {@code LIKE ?} at all.
     */
    String SUGGEST = """
            SELECT * FROM users WHERE id IN (
                (SELECT id FROM users WHERE first_name_lc >= :from AND first_name_lc < :to
                    AND deleted IS NULL AND active ORDER BY first_name_lc LIMIT :size)
                UNION ALL
                (SELECT id FROM users WHERE last_name_lc >= :from AND last_name_lc < :to
                    AND deleted IS NULL AND active ORDER BY last_name_lc LIMIT :size)
                UNION ALL
                (SELECT id FROM users WHERE slug >= :from AND slug < :to
                    AND deleted IS NULL AND active ORDER BY slug LIMIT :size))
            ORDER BY slug LIMIT :size""";

    @Query(SUGGEST)
    List<UserRow> suggest(String from, String to, int size);
}
