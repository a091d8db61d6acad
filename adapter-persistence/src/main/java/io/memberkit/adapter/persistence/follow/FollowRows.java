package io.memberkit.adapter.persistence.follow;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Statements on {@code follows}; a target is a user or an organization, hence each statement twice. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowRows extends GenericRepository<FollowRow, FollowKey> {

    FollowRow save(FollowRow row);

    @Query("SELECT * FROM follows WHERE followed_user_id = :user AND follower_id = :follower")
    Optional<FollowRow> findOfUser(String follower, String user);

    @Query("SELECT * FROM follows WHERE followed_organization_id = :organization AND follower_id = :follower")
    Optional<FollowRow> findOfOrganization(String follower, String organization);

    @Query("""
            SELECT * FROM follows WHERE followed_user_id = :user
            ORDER BY followed_user_id, since, follower_id LIMIT :limit OFFSET :offset""")
    List<FollowRow> followersOfUser(String user, int limit, long offset);

    @Query("""
            SELECT * FROM follows WHERE followed_organization_id = :organization
            ORDER BY followed_organization_id, since, follower_id LIMIT :limit OFFSET :offset""")
    List<FollowRow> followersOfOrganization(String organization, int limit, long offset);

    @Query("SELECT COUNT(*) FROM follows WHERE followed_user_id = :user")
    long countOfUser(String user);

    @Query("SELECT COUNT(*) FROM follows WHERE followed_organization_id = :organization")
    long countOfOrganization(String organization);

    @Query("DELETE FROM follows WHERE followed_user_id = :user AND follower_id = :follower")
    long unfollowUser(String follower, String user);

    @Query("DELETE FROM follows WHERE followed_organization_id = :organization AND follower_id = :follower")
    long unfollowOrganization(String follower, String organization);

    /** Every follow by or of this user. */
    @Query("DELETE FROM follows WHERE follower_id = :user OR followed_user_id = :user")
    void removeAllOf(String user);
}
