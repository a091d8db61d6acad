package io.memberkit.bootstrap.architecture;

import static io.memberkit.bootstrap.architecture.ArchitectureRules.ADAPTERS;
import static io.memberkit.bootstrap.architecture.ArchitectureRules.BOOTSTRAP;
import static io.memberkit.bootstrap.architecture.ArchitectureRules.HTTP_ADAPTER;
import static io.memberkit.bootstrap.architecture.ArchitectureRules.PERSISTENCE_ADAPTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The production classes of every module obey every rule of {@link ArchitectureRules}. */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new DoNotIncludeTestJars())
                .importPackages("io.memberkit");
    }

    private static long classesIn(String packageIdentifier) {
        var matcher = PackageMatcher.of(packageIdentifier);
        return production.stream().filter(c -> matcher.matches(c.getPackageName())).count();
    }

    /** A rule about a module with no classes yet checks nothing: say so as a skipped test rather than pass. */
    private static void assumeClassesIn(String packageIdentifier, String module) {
        assumeTrue(classesIn(packageIdentifier) > 0,
                "no production classes in " + module + " on this branch yet: the rules about it check nothing until"
                        + " it lands");
    }

    @Nested
    class The_production_import {
        @ParameterizedTest
        @ValueSource(strings = {"io.memberkit.domain..", "io.memberkit.domain.error..", "io.memberkit.application..",
                "io.memberkit.application.port.in..", "io.memberkit.application.port.out..",
                "io.memberkit.application.service.."})
        void sees_classes_in(String packageIdentifier) {
            // a rule over an empty set passes silently: each layer the rules talk about must be there
            assertThat(classesIn(packageIdentifier)).isPositive();
        }

        @Test
        void sees_the_persistence_adapter_once_it_has_landed() {
            assumeClassesIn(PERSISTENCE_ADAPTER, "adapter-persistence");
            assertThat(classesIn(PERSISTENCE_ADAPTER)).isPositive();
        }

        @Test
        void sees_the_http_adapter_once_it_has_landed() {
            assumeClassesIn(HTTP_ADAPTER, "adapter-http");
            assertThat(classesIn(HTTP_ADAPTER)).isPositive();
        }

        @Test
        void sees_bootstrap_once_it_has_production_classes() {
            assumeClassesIn(BOOTSTRAP, "bootstrap");
            assertThat(classesIn(BOOTSTRAP)).isPositive();
        }

        @Test
        void leaves_out_test_builders_fakes_and_architecture_fixtures() {
            // the test-jars and bootstrap's own test classes are on this classpath: none of them is production
            assertThat(production.stream().map(c -> c.getSource().map(s -> s.getUri().toString()).orElse("")))
                    .noneMatch(uri -> uri.contains("/test-classes/") || uri.contains("-tests.jar"));
            assertThat(production.containPackage("io.memberkit.domain.testing")).isFalse();
            assertThat(production.containPackage("io.memberkit.application.fake")).isFalse();
            assertThat(production.contain(ArchitectureTest.class)).isFalse();
            assertThat(classesIn("..archfixture..")).isZero();
            assertThat(classesIn("io.memberkit.domain.fixturegroup..")).isZero();
        }
    }

    @Nested
    class The_production_classes {
        @Test
        void keep_the_domain_plain_java() {
            ArchitectureRules.DOMAIN_IS_PLAIN_JAVA.check(production);
        }

        @Test
        void keep_the_application_on_the_domain_only() {
            ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_ONLY.check(production);
        }

        @Test
        void keep_the_adapters_apart() {
            assumeClassesIn(ADAPTERS, "adapter-persistence or adapter-http");
            ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(production);
        }

        @Test
        void leave_the_wiring_to_bootstrap() {
            ArchitectureRules.ONLY_BOOTSTRAP_WIRES.check(production);
        }

        @Test
        void keep_ports_free_of_services() {
            ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES.check(production);
        }

        @Test
        void have_no_package_cycles() {
            ArchitectureRules.NO_PACKAGE_CYCLES.check(production);
        }

        @Test
        void name_use_cases_with_one_method() {
            ArchitectureRules.USE_CASE_NAMING.check(production);
        }

        @Test
        void name_outbound_ports_after_intentions() {
            ArchitectureRules.OUTBOUND_PORT_NAMING.check(production);
        }

        @Test
        void throw_only_domain_exceptions_from_the_domain() {
            ArchitectureRules.DOMAIN_THROWABLES_ARE_DOMAIN_EXCEPTIONS.check(production);
        }

        @Test
        void make_commands_records() {
            ArchitectureRules.COMMANDS_ARE_RECORDS.check(production);
        }

        @Test
        void respect_the_layers() {
            ArchitectureRules.LAYERS.check(production);
        }
    }
}
