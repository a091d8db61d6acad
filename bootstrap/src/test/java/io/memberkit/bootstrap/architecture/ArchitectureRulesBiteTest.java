package io.memberkit.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import io.memberkit.adapter.http.archfixture.AdapterCallingAService;
import io.memberkit.adapter.http.archfixture.UdataClientFixture;
import io.memberkit.adapter.http.archfixture.UdataIds;
import io.memberkit.adapter.persistence.archfixture.MemberRowMapper;
import io.memberkit.adapter.persistence.archfixture.RowMapperUsingHttp;
import io.memberkit.application.archfixture.ApplicationHalfOfACycle;
import io.memberkit.application.archfixture.ApplicationTypeUsingAFramework;
import io.memberkit.application.archfixture.ApplicationTypeUsingAnAdapter;
import io.memberkit.application.archfixture.ApplicationTypeUsingBootstrap;
import io.memberkit.application.archfixture.ApplicationTypeUsingDomain;
import io.memberkit.application.port.in.archfixture.CancelSomeoneCommand;
import io.memberkit.application.port.in.archfixture.InheritingUseCase;
import io.memberkit.application.port.in.archfixture.InviteSomeone;
import io.memberkit.application.port.in.archfixture.InviteSomeonePort;
import io.memberkit.application.port.in.archfixture.OneMethodUseCase;
import io.memberkit.application.port.in.archfixture.TwoMethodUseCase;
import io.memberkit.application.port.in.archfixture.UseCaseNamingItsService;
import io.memberkit.application.port.out.EventLog;
import io.memberkit.application.port.out.Ids;
import io.memberkit.application.port.out.MemberRepository;
import io.memberkit.application.port.out.UnitOfWork;
import io.memberkit.application.port.out.archfixture.BadgeRepository;
import io.memberkit.application.port.out.archfixture.MemberStore;
import io.memberkit.application.service.archfixture.FixtureService;
import io.memberkit.archfixture.Stray;
import io.memberkit.bootstrap.archfixture.Wiring;
import io.memberkit.domain.archfixture.CheckedDomainProblem;
import io.memberkit.domain.archfixture.DomainFailure;
import io.memberkit.domain.archfixture.DomainHalfOfACycle;
import io.memberkit.domain.archfixture.DomainTypeUsingJdbc;
import io.memberkit.domain.archfixture.DomainTypeUsingTheApplication;
import io.memberkit.domain.archfixture.DomainTypeUsingUri;
import io.memberkit.domain.archfixture.PlainDomainType;
import io.memberkit.domain.error.Conflict;
import io.memberkit.domain.error.RuleBroken;
import io.memberkit.domain.fixturegroup.Group;
import io.memberkit.domain.fixturegroup.Roster;
import io.memberkit.domain.fixtureteam.Coach;
import io.memberkit.domain.fixtureteam.Team;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link ArchitectureRules}, run on a few classes that break it, and on a few that keep it. The fixtures
 * are bootstrap test classes in packages that imitate the real ones ({@code io.memberkit.domain.archfixture}…):
 * the rules' patterns match them, the production import never sees them.
 */
class ArchitectureRulesBiteTest {

    private static JavaClasses importOnly(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /**
     * The rule finds a violation, and the offender is named in it: a violation for another reason (an empty
     * layer, say) would not prove that the rule sees this offender.
     */
    private static void assertViolatedBy(ArchRule rule, Class<?> offender, Class<?>... alsoImported) {
        var classes = Stream.concat(Stream.of(offender), Arrays.stream(alsoImported)).toArray(Class<?>[]::new);

        var result = rule.evaluate(importOnly(classes));

        assertThat(result.hasViolation()).as("%s should be violated by %s", rule.getDescription(), offender).isTrue();
        assertThat(result.getFailureReport().getDetails()).as(result.getFailureReport().toString())
                .anySatisfy(detail -> assertThat(detail).contains(offender.getName()));
    }

    private static void assertHolds(ArchRule rule, Class<?>... classes) {
        var result = rule.evaluate(importOnly(classes));

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    static Stream<ArchRule> everyRule() {
        return ArchitectureRules.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void no_rule_passes_on_nothing(ArchRule rule) {
        // allowEmptyShould(false) is kept: a rule whose subject is empty fails instead of passing silently
        assertThatThrownBy(() -> rule.check(importOnly())).isInstanceOf(AssertionError.class);
    }

    @Nested
    class The_domain_is_plain_java {
        @Test
        void fails_on_a_domain_class_using_jdbc() {
            assertViolatedBy(ArchitectureRules.DOMAIN_IS_PLAIN_JAVA, DomainTypeUsingJdbc.class);
        }

        @Test
        void fails_on_java_net_which_nobody_widened_the_list_for() {
            assertViolatedBy(ArchitectureRules.DOMAIN_IS_PLAIN_JAVA, DomainTypeUsingUri.class);
        }

        @Test
        void fails_on_a_domain_class_using_the_application() {
            assertViolatedBy(ArchitectureRules.DOMAIN_IS_PLAIN_JAVA, DomainTypeUsingTheApplication.class);
        }

        @Test
        void holds_for_the_domain_and_its_jdk_packages() {
            assertHolds(ArchitectureRules.DOMAIN_IS_PLAIN_JAVA, PlainDomainType.class);
        }
    }

    @Nested
    class The_application_depends_on_the_domain_only {
        @Test
        void fails_on_an_application_class_using_bootstrap() {
            assertViolatedBy(ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_ONLY, ApplicationTypeUsingBootstrap.class);
        }

        @Test
        void fails_on_an_application_class_using_a_framework() {
            assertViolatedBy(ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_ONLY, ApplicationTypeUsingAFramework.class);
        }

        @Test
        void fails_on_an_application_class_using_an_adapter() {
            assertViolatedBy(ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_ONLY, ApplicationTypeUsingAnAdapter.class);
        }

        @Test
        void holds_for_ports_domain_and_jdk() {
            assertHolds(ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_ONLY, ApplicationTypeUsingDomain.class);
        }
    }

    @Nested
    class Adapters_do_not_depend_on_each_other {
        @Test
        void fails_on_the_persistence_adapter_using_the_http_adapter() {
            assertViolatedBy(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, RowMapperUsingHttp.class,
                    UdataClientFixture.class);
        }

        @Test
        void holds_for_adapters_that_stand_alone() {
            assertHolds(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, MemberRowMapper.class, UdataIds.class,
                    UdataClientFixture.class);
        }
    }

    @Nested
    class Only_bootstrap_wires {
        @Test
        void fails_on_an_application_class_using_bootstrap() {
            assertViolatedBy(ArchitectureRules.ONLY_BOOTSTRAP_WIRES, ApplicationTypeUsingBootstrap.class,
                    FixtureService.class);
        }

        @Test
        void fails_on_an_adapter_calling_a_service_instead_of_a_port() {
            assertViolatedBy(ArchitectureRules.ONLY_BOOTSTRAP_WIRES, AdapterCallingAService.class,
                    FixtureService.class);
        }

        @Test
        void holds_for_bootstrap_building_services_and_adapters_implementing_ports() {
            assertHolds(ArchitectureRules.ONLY_BOOTSTRAP_WIRES, Wiring.class, FixtureService.class, UdataIds.class,
                    OneMethodUseCase.class);
        }
    }

    @Nested
    class Ports_do_not_depend_on_services {
        @Test
        void fails_on_a_port_naming_its_service() {
            assertViolatedBy(ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES, UseCaseNamingItsService.class);
        }

        @Test
        void holds_for_a_use_case_and_its_command() {
            assertHolds(ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES, OneMethodUseCase.class, InviteSomeone.class);
        }
    }

    @Nested
    class There_are_no_package_cycles {
        @Test
        void fails_on_two_domain_areas_using_each_other() {
            assertViolatedBy(ArchitectureRules.NO_PACKAGE_CYCLES, Group.class, Team.class);
        }

        @Test
        void fails_on_the_domain_and_the_application_using_each_other() {
            assertViolatedBy(ArchitectureRules.NO_PACKAGE_CYCLES, DomainHalfOfACycle.class,
                    ApplicationHalfOfACycle.class);
        }

        @Test
        void holds_for_dependencies_in_one_direction() {
            assertHolds(ArchitectureRules.NO_PACKAGE_CYCLES, Roster.class, Coach.class, PlainDomainType.class,
                    ApplicationTypeUsingDomain.class);
        }
    }

    @Nested
    class Use_cases_are_named_and_have_one_method {
        @Test
        void fails_on_a_use_case_with_two_methods() {
            assertViolatedBy(ArchitectureRules.USE_CASE_NAMING, TwoMethodUseCase.class);
        }

        @Test
        void fails_on_a_use_case_with_an_inherited_second_method() {
            assertViolatedBy(ArchitectureRules.USE_CASE_NAMING, InheritingUseCase.class);
        }

        @Test
        void fails_on_an_inbound_port_not_named_use_case() {
            assertViolatedBy(ArchitectureRules.USE_CASE_NAMING, InviteSomeonePort.class, OneMethodUseCase.class);
        }

        @Test
        void holds_for_a_one_method_use_case_and_a_command_with_nested_variants() {
            assertHolds(ArchitectureRules.USE_CASE_NAMING, OneMethodUseCase.class, InviteSomeone.class,
                    InviteSomeone.Invitee.class, InviteSomeone.Invitee.ByEmail.class);
        }
    }

    @Nested
    class Outbound_ports_are_named_after_intentions {
        @Test
        void fails_on_a_port_named_after_a_technology() {
            assertViolatedBy(ArchitectureRules.OUTBOUND_PORT_NAMING, MemberStore.class);
        }

        @Test
        void holds_for_repositories_the_event_log_ids_and_the_unit_of_work() {
            assertHolds(ArchitectureRules.OUTBOUND_PORT_NAMING, BadgeRepository.class, MemberRepository.class,
                    EventLog.class, Ids.class, UnitOfWork.class,
                    io.memberkit.application.port.out.MirrorSource.class,
                    io.memberkit.application.port.out.PendingWrite.class);
        }
    }

    @Nested
    class Domain_throwables_are_domain_exceptions {
        @Test
        void fails_on_a_runtime_exception_outside_the_family() {
            assertViolatedBy(ArchitectureRules.DOMAIN_THROWABLES_ARE_DOMAIN_EXCEPTIONS, DomainFailure.class);
        }

        @Test
        void fails_on_a_checked_exception() {
            assertViolatedBy(ArchitectureRules.DOMAIN_THROWABLES_ARE_DOMAIN_EXCEPTIONS, CheckedDomainProblem.class);
        }

        @Test
        void holds_for_the_sealed_family() {
            assertHolds(ArchitectureRules.DOMAIN_THROWABLES_ARE_DOMAIN_EXCEPTIONS, Conflict.class, RuleBroken.class);
        }
    }

    @Nested
    class Commands_are_records {
        @Test
        void fails_on_a_command_class() {
            assertViolatedBy(ArchitectureRules.COMMANDS_ARE_RECORDS, CancelSomeoneCommand.class);
        }

        @Test
        void holds_for_a_command_record_beside_its_use_case() {
            assertHolds(ArchitectureRules.COMMANDS_ARE_RECORDS, InviteSomeone.class, OneMethodUseCase.class);
        }
    }

    @Nested
    class The_layers {
        @Test
        void fail_on_the_domain_using_the_application() {
            // the layers hold imported classes only: the port the domain class uses must be imported to be seen
            assertViolatedBy(ArchitectureRules.LAYERS, DomainTypeUsingTheApplication.class, Ids.class);
        }

        @Test
        void fail_on_the_application_using_bootstrap() {
            assertViolatedBy(ArchitectureRules.LAYERS, ApplicationTypeUsingBootstrap.class, PlainDomainType.class,
                    Wiring.class);
        }

        @Test
        void fail_on_the_application_using_an_adapter() {
            assertViolatedBy(ArchitectureRules.LAYERS, ApplicationTypeUsingAnAdapter.class, PlainDomainType.class,
                    UdataClientFixture.class);
        }

        @Test
        void fail_on_a_class_outside_every_layer() {
            assertViolatedBy(ArchitectureRules.LAYERS, Stray.class, PlainDomainType.class,
                    ApplicationTypeUsingDomain.class);
        }

        @Test
        void hold_from_the_inside_out() {
            assertHolds(ArchitectureRules.LAYERS, PlainDomainType.class, ApplicationTypeUsingDomain.class,
                    FixtureService.class, OneMethodUseCase.class, InviteSomeone.class, UdataIds.class,
                    UdataClientFixture.class, Wiring.class);
        }
    }

    @Nested
    class The_test_jar_import_option {
        private final DoNotIncludeTestJars option = new DoNotIncludeTestJars();

        @Test
        void skips_classes_in_a_maven_test_jar() {
            assertThat(option.includes(Location.of(URI.create("jar:file:/m2/io/memberkit/memberkit-domain/0.1.0-SNAPSHOT/"
                    + "memberkit-domain-0.1.0-SNAPSHOT-tests.jar!/io/memberkit/domain/testing/TestUsers.class"))))
                    .isFalse();
        }

        @Test
        void keeps_classes_in_the_production_jar() {
            assertThat(option.includes(Location.of(URI.create("jar:file:/m2/io/memberkit/memberkit-domain/0.1.0-SNAPSHOT/"
                    + "memberkit-domain-0.1.0-SNAPSHOT.jar!/io/memberkit/domain/common/Slug.class")))).isTrue();
        }
    }
}
