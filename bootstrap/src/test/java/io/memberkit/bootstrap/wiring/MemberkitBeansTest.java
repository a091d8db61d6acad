package io.memberkit.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.memberkit.application.port.in.organization.CreateOrganization;
import io.memberkit.application.port.in.organization.CreateOrganizationUseCase;
import io.memberkit.application.port.in.user.RegisterUser;
import io.memberkit.application.port.in.user.RegisterUserUseCase;
import io.memberkit.domain.common.Actor;
import io.memberkit.domain.common.DomainEvent;
import io.memberkit.domain.testing.TestOrganizations;
import io.memberkit.domain.testing.TestUsers;
import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A Micronaut application takes memberkit's use cases as beans with one line of configuration. */
class MemberkitBeansTest {

    private static DataSource applicationsOwnPool() {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:app-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;" + DatabaseSettings.H2_OPTIONS);
        return h2;
    }

    private static ApplicationContext application(Map<String, Object> configuration, List<DomainEvent> received) {
        var context = ApplicationContext.builder().properties(configuration).deduceEnvironment(false).build();
        context.registerSingleton(DataSource.class, applicationsOwnPool());
        context.registerSingleton(EventListener.class, (EventListener) received::add);
        return context.start();
    }

    @Test
    void with_memberkit_enabled_the_use_cases_are_beans_and_listener_beans_receive_the_events() {
        var received = new ArrayList<DomainEvent>();
        try (var context = application(Map.of("memberkit.enabled", true), received)) {
            var alice = context.getBean(RegisterUserUseCase.class).register(new RegisterUser(Actor.anonymous(),
                    TestUsers.aUser().named("Alice", "App").profile()));
            context.getBean(CreateOrganizationUseCase.class).create(new CreateOrganization(Actor.user(alice.id()),
                    TestOrganizations.details("App org")));
        }

        assertThat(received).extracting(DomainEvent::type)
                .containsExactly("UserCreated", "MemberAdded", "OrganizationCreated");
    }

    @Test
    void without_the_line_memberkit_stays_out_of_the_application() {
        try (var context = application(Map.of(), new ArrayList<>())) {
            assertThat(context.containsBean(RegisterUserUseCase.class)).isFalse();
            assertThat(context.containsBean(Memberkit.class)).isFalse();
        }
    }
}
