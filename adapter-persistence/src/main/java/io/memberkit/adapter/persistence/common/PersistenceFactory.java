package io.memberkit.adapter.persistence.common;

import io.memberkit.adapter.persistence.apikey.JdbcApiKeyRepository;
import io.memberkit.adapter.persistence.assignment.JdbcAssignmentRepository;
import io.memberkit.adapter.persistence.assignment.JdbcSubjectRepository;
import io.memberkit.adapter.persistence.audit.JdbcEventLog;
import io.memberkit.adapter.persistence.follow.JdbcFollowRepository;
import io.memberkit.adapter.persistence.membership.JdbcMemberRepository;
import io.memberkit.adapter.persistence.membership.JdbcMembershipRequestRepository;
import io.memberkit.adapter.persistence.organization.JdbcOrganizationRepository;
import io.memberkit.adapter.persistence.user.JdbcUserRepository;
import io.memberkit.application.port.out.OutboundPorts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The local database's full set of outbound ports, for the composition root. Its configuration is
 * {@code application-persistence.yml}: start the context with the {@value #ENVIRONMENT} environment.
 */
@Factory
public class PersistenceFactory {
    /** The Micronaut environment whose configuration file sets up the datasource and Flyway. */
    public static final String ENVIRONMENT = "persistence";

    /**
     * UTC, ticking in milliseconds: both databases keep microseconds, so a time read back equals the time written.
     * Any other {@code Clock} bean (a test clock) takes its place.
     */
    @Singleton
    @Secondary
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    @Singleton
    OutboundPorts outboundPorts(JdbcUserRepository users, JdbcOrganizationRepository organizations,
                                JdbcMemberRepository members, JdbcMembershipRequestRepository requests,
                                JdbcAssignmentRepository assignments, JdbcSubjectRepository subjects,
                                JdbcFollowRepository follows, JdbcApiKeyRepository apiKeys,
                                JdbcEventLog events, RandomIds ids,
                                JdbcUnitOfWork unitOfWork, Clock clock) {
        return new OutboundPorts(users, organizations, members, requests, assignments, subjects, follows, apiKeys,
                events, ids, unitOfWork, clock);
    }
}
