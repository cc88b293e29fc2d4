package roundtable.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import roundtable.ProductionClasses;

/**
 * The domain is plain Java that reads no clock and draws no random numbers, so a decision depends
 * only on the state, the actor, the command and {@code now}.
 */
@AnalyzeClasses(packages = "roundtable.domain", importOptions = ProductionClasses.class)
class DomainPurityTest {

    private static final DescribedPredicate<JavaMethodCall> A_JAVA_TIME_NOW = DescribedPredicate.describe(
            "now() of a java.time class",
            call -> call.getTargetOwner().getPackageName().equals("java.time") && call.getName().equals("now"));

    @ArchTest
    static final ArchRule the_domain_uses_no_framework_and_no_database = noClasses()
            .that().resideInAPackage("roundtable.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.vertx..", "com.fasterxml..", "io.netty..", "java.sql..", "javax.sql..",
                    "org.postgresql..", "org.flywaydb..", "io.zonky..")
            .because("the domain is pure Java: the room, the gateway and the store wrap it");

    @ArchTest
    static final ArchRule the_domain_reads_no_clock = noClasses()
            .that().resideInAPackage("roundtable.domain..")
            .should().dependOnClassesThat().areAssignableTo(Clock.class)
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethodWhere(A_JAVA_TIME_NOW)
            .because("time enters the decider as its now parameter and leaves in the events");

    @ArchTest
    static final ArchRule the_domain_draws_no_random_numbers = noClasses()
            .that().resideInAPackage("roundtable.domain..")
            .should().dependOnClassesThat().areAssignableTo(Random.class)
            .orShould().dependOnClassesThat().areAssignableTo(SecureRandom.class)
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(Math.class, "random")
            .because("ids come in with the command or are derived from the state");

    /** Guards the rules above against passing on an empty import. */
    @ArchTest
    static void the_rules_look_at_the_domain_classes_and_not_at_their_tests(JavaClasses classes) {
        assertTrue(classes.contain(Decider.class), "Decider should be analysed");
        assertTrue(classes.contain(Evolver.class), "Evolver should be analysed");
        assertTrue(!classes.contain(DomainPurityTest.class), "test classes should not be analysed");
    }
}
