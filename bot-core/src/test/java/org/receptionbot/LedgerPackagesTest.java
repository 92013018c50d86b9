package org.receptionbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ledger's packages use the JDK only and do not depend on each other in a cycle. */
class LedgerPackagesTest {
    private static final String[] PACKAGES = {
        "org.receptionbot.ledger..",
        "org.receptionbot.summary..",
        "org.receptionbot.command..",
        "org.receptionbot.access..",
        "org.receptionbot.conversation.."
    };
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.receptionbot");

    @Test
    void useNothingButTheJdkAndTheCore() {
        classes()
                .that()
                .resideInAnyPackage(PACKAGES)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.receptionbot..")
                .check(core);
    }

    @Test
    void haveNoPackageCycles() {
        slices().matching("org.receptionbot.(*)..").should().beFreeOfCycles().check(core);
    }
}
