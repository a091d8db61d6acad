package io.memberkit.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.memberkit.domain.error.DomainException;
import java.util.List;

/**
 * The module walls of memberkit, as ArchUnit rules. They live in bootstrap's tests because bootstrap sees every
 * module. {@code ArchitectureTest} checks them on the production classes; {@code ArchitectureRulesBiteTest} shows
 * each one failing on a small wrong class, so none of them can quietly check nothing.
 *
 * <p>Every rule keeps ArchUnit's default {@code allowEmptyShould(false)}: a rule whose subject is empty fails.
 * Where a wall could be phrased from either side, it is phrased from the side that exists today (the services
 * rather than the adapters), so it checks real classes before the adapters land.
 */
public final class ArchitectureRules {
    static final String DOMAIN = "io.memberkit.domain..";
    static final String APPLICATION = "io.memberkit.application..";
    static final String PORTS = "io.memberkit.application.port..";
    static final String INBOUND_PORTS = "..port.in..";
    static final String OUTBOUND_PORTS = "..port.out..";
    static final String SERVICES = "io.memberkit.application.service..";
    static final String ADAPTERS = "io.memberkit.adapter..";
    static final String PERSISTENCE_ADAPTER = "io.memberkit.adapter.persistence..";
    static final String HTTP_ADAPTER = "io.memberkit.adapter.http..";
    static final String BOOTSTRAP = "io.memberkit.bootstrap..";

    /** A sealed type: a closed family of values, such as a command's variants. */
    static final DescribedPredicate<JavaClass> SEALED = DescribedPredicate.describe("sealed",
            javaClass -> javaClass.reflect().isSealed());

    private ArchitectureRules() {
    }

    /**
     * The domain is plain Java. The list of JDK packages is widened on purpose only (say, for {@code java.net.URI}),
     * never by habit: {@code java.sql}, {@code java.net}, {@code java.io} and every framework stay out.
     */
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN,
                    "java.lang..", "java.util..", "java.time..", "java.math..", "java.text..",
                    // charsets only (a cursor token is text); files, channels and sockets stay out
                    "java.nio.charset..")
            .because("the domain uses plain Java only (STYLE §1)");

    /** The application sees the domain and the JDK: no framework, no adapter, no composition root. */
    public static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_ONLY = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("the application sees only the domain and has no framework annotations (STYLE §1)");

    /** Each adapter family stands alone: persistence never calls http, nor the other way round (nor any future one). */
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("io.memberkit.adapter.(*)..")
            .namingSlices("adapter $1")
            .should().notDependOnEachOther()
            .because("an adapter only translates between a port and its technology (STYLE §7)");

    /** Nothing but bootstrap itself depends on bootstrap. */
    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("only bootstrap.wiring knows every module (STYLE §1)");

    /**
     * Services are reached only by bootstrap, which builds them, and by each other. This is the adapters' wall
     * seen from the services: an adapter that used a service would be one of its dependents, so adapters reach
     * the application through the port packages only. No exception is allowed.
     */
    static final ArchRule ONLY_BOOTSTRAP_REACHES_SERVICES = classes()
            .that().resideInAPackage(SERVICES)
            .should().onlyHaveDependentClassesThat().resideInAnyPackage(SERVICES, BOOTSTRAP)
            .because("adapters reach the application only through its ports; bootstrap wires the services");

    /** Only bootstrap wires: nothing depends on it, and nothing else reaches the services that implement the ports. */
    public static final ArchRule ONLY_BOOTSTRAP_WIRES = CompositeArchRule
            .of(NOTHING_DEPENDS_ON_BOOTSTRAP)
            .and(ONLY_BOOTSTRAP_REACHES_SERVICES)
            .as("only bootstrap wires the modules and reaches the services");

    /** A port is a contract: it never names the service behind it. */
    public static final ArchRule PORTS_DO_NOT_DEPEND_ON_SERVICES = noClasses()
            .that().resideInAPackage(PORTS)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("ports are implemented by services, never the other way round");

    /** The top-level packages and the domain's areas are free of cycles. */
    public static final ArchRule NO_PACKAGE_CYCLES = CompositeArchRule
            .of(slices().matching("io.memberkit.(*)..").namingSlices("$1").should().beFreeOfCycles())
            .and(slices().matching("io.memberkit.domain.(*)..").namingSlices("domain.$1").should().beFreeOfCycles())
            .as("the modules and the domain's areas are free of cycles");

    /**
     * A use case is one interface with one method, named {@code ...UseCase}. Only top-level interfaces are ports:
     * a nested one is part of its command (a sealed family of variants, STYLE §2).
     */
    public static final ArchRule USE_CASE_NAMING = CompositeArchRule
            .of(classes().that().resideInAPackage(INBOUND_PORTS).and().areInterfaces().and().areTopLevelClasses()
                    .should().haveSimpleNameEndingWith("UseCase"))
            .and(classes().that().resideInAPackage(INBOUND_PORTS).and().areInterfaces()
                    .and().haveSimpleNameEndingWith("UseCase")
                    .should(haveExactlyOneMethod()))
            .as("inbound ports are *UseCase interfaces with exactly one method")
            .because("a use case names what the caller wants, with one method (STYLE §2)");

    /**
     * Outbound ports speak in intentions: one repository per aggregate, plus the event log, ids and unit of work, and
     * the remote read of the offline mirror ({@code MirrorSource}, widened on purpose for issue 7: it reads a remote
     * page by page for a sync, which no aggregate's repository does). A sealed interface whose variants are records
     * ({@code PendingWrite}, {@code MirrorScope}) is a value passed to the ports, not a port.
     */
    public static final ArchRule OUTBOUND_PORT_NAMING = classes()
            .that().resideInAPackage(OUTBOUND_PORTS).and().areInterfaces().and().areTopLevelClasses()
            .and(DescribedPredicate.not(SEALED))
            .should().haveSimpleNameEndingWith("Repository")
            .orShould().haveSimpleName("EventLog")
            .orShould().haveSimpleName("Ids")
            .orShould().haveSimpleName("UnitOfWork")
            .orShould().haveSimpleName("MirrorSource")
            .because("outbound ports are <Aggregate>Repository, EventLog, Ids, UnitOfWork and MirrorSource "
                    + "(STYLE §3)");

    /** Every refusal the domain throws is one of the small sealed family callers switch over. */
    public static final ArchRule DOMAIN_THROWABLES_ARE_DOMAIN_EXCEPTIONS = classes()
            .that().resideInAPackage(DOMAIN).and().areAssignableTo(Throwable.class)
            .should().beAssignableTo(DomainException.class)
            .because("a switch over ErrorKind must see every domain refusal (STYLE §5)");

    /** A use case's input is a record that refuses bad input as it is built; its result types are records too. */
    public static final ArchRule COMMANDS_ARE_RECORDS = classes()
            .that().resideInAPackage(INBOUND_PORTS).and().areTopLevelClasses().and().areNotInterfaces()
            .should().beRecords()
            .because("a command is a record that checks its shape (STYLE §2)");

    /**
     * The layers, from the inside out. Adapters and Bootstrap are optional layers only because their modules may
     * have no classes yet; {@code ArchitectureTest} reports those layers while they are empty.
     */
    public static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .optionalLayer("Adapters").definedBy(ADAPTERS)
            .optionalLayer("Bootstrap").definedBy(BOOTSTRAP)
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapters", "Bootstrap")
            .ensureAllClassesAreContainedInArchitecture();

    /** Every rule, for the tests that run them all. */
    static final List<ArchRule> ALL = List.of(DOMAIN_IS_PLAIN_JAVA, APPLICATION_DEPENDS_ON_DOMAIN_ONLY,
            ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, ONLY_BOOTSTRAP_WIRES, PORTS_DO_NOT_DEPEND_ON_SERVICES,
            NO_PACKAGE_CYCLES, USE_CASE_NAMING, OUTBOUND_PORT_NAMING, DOMAIN_THROWABLES_ARE_DOMAIN_EXCEPTIONS,
            COMMANDS_ARE_RECORDS, LAYERS);

    /**
     * Counts what a caller can call: public instance methods, inherited ones included (a use case extending
     * another has both methods), but not those every object has from {@code java.lang.Object}.
     */
    static ArchCondition<JavaClass> haveExactlyOneMethod() {
        return new ArchCondition<>("have exactly one method") {
            @Override
            public void check(JavaClass port, ConditionEvents events) {
                var methods = port.getAllMethods().stream()
                        .filter(m -> !m.getOwner().isEquivalentTo(Object.class))
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                        .map(JavaMethod::getName)
                        .sorted()
                        .toList();
                var satisfied = methods.size() == 1;
                events.add(new SimpleConditionEvent(port, satisfied, port.getName() + " has " + methods.size()
                        + " methods " + methods + " in " + port.getSourceCodeLocation()));
            }
        };
    }
}
