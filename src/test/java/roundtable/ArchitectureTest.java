package roundtable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.vertx.core.VerticleBase;
import java.util.Set;

/**
 * The architecture as rules the build checks, not a drawing that drifts: the layers and the one
 * direction data flows in, no cycles, no blocking on an event loop, names from the product, and
 * verticles the Vert.x 5 way. (The domain's purity has its own test, DomainPurityTest.)
 */
@AnalyzeClasses(packages = "roundtable", importOptions = ProductionClasses.class)
class ArchitectureTest {

    /** Start-up code in store/ that may block: it runs before the event loops do. */
    private static final Set<String> START_UP = Set.of("roundtable.store.Database", "roundtable.store.Migrations",
            "roundtable.store.LeftoverPostgres", "roundtable.store.ProtocolCatalog");

    @ArchTest
    static final ArchRule data_flows_down_the_layers_once = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Node").definedBy("roundtable")
            .layer("Gateway").definedBy("roundtable.gateway..")
            .layer("Cluster").definedBy("roundtable.cluster..")
            .layer("Room").definedBy("roundtable.room..")
            .layer("Store").definedBy("roundtable.store..")
            .layer("Wire").definedBy("roundtable.wire..")
            .layer("Domain").definedBy("roundtable.domain..")
            .layer("Config").definedBy("roundtable.config..")
            .layer("Metrics").definedBy("roundtable.metrics..")
            .whereLayer("Node").mayNotBeAccessedByAnyLayer()
            .whereLayer("Gateway").mayOnlyBeAccessedByLayers("Node")
            .whereLayer("Cluster").mayOnlyBeAccessedByLayers("Node")
            .whereLayer("Room").mayOnlyBeAccessedByLayers("Node", "Gateway", "Cluster")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Node", "Gateway", "Room", "Cluster")
            .whereLayer("Wire").mayOnlyBeAccessedByLayers("Node", "Gateway", "Room", "Store", "Cluster")
            .whereLayer("Config").mayOnlyBeAccessedByLayers("Node", "Gateway", "Room", "Store", "Cluster")
            .whereLayer("Metrics").mayOnlyBeAccessedByLayers("Node", "Gateway", "Room", "Store");

    @ArchTest
    static final ArchRule the_domain_depends_only_on_java_and_itself = classes()
            .that().resideInAPackage("roundtable.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "roundtable.domain..");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("roundtable.(*)..").should().beFreeOfCycles();

    private static final DescribedPredicate<JavaCall<?>> BLOCKING = DescribedPredicate.describe("a blocking call",
            call -> {
                String owner = call.getTargetOwner().getFullName();
                String name = call.getName();
                return owner.equals(Thread.class.getName()) && name.equals("sleep")
                        || owner.startsWith("java.sql.")
                        || owner.equals("java.nio.file.Files")
                        || owner.equals("java.util.concurrent.CompletableFuture") && (name.equals("get") || name.equals("join"))
                        || owner.equals("io.vertx.core.Future") && name.equals("await");
            });

    @ArchTest
    static final ArchRule nothing_that_runs_on_an_event_loop_blocks = noClasses()
            .that(DescribedPredicate.describe("run on event loops (all but Main, Server and store start-up)",
                    (JavaClass c) -> c.getPackageName().startsWith("roundtable.")
                            && !START_UP.contains(c.getName()) && !START_UP.contains(outermost(c))))
            .should().callCodeUnitWhere(BLOCKING);

    @ArchTest
    static final ArchRule names_say_what_a_thing_is = noClasses()
            .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Impl");

    @ArchTest
    static final ArchRule verticles_are_vertx_5_verticles = classes()
            .that().implement(io.vertx.core.Deployable.class).or().implement(io.vertx.core.Verticle.class)
            .should().beAssignableTo(VerticleBase.class);

    private static String outermost(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
