package org.receptionbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CoreDependsOnTheJdkOnlyTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.receptionbot");

    @Test
    void coreClassesDoNotUseFrameworksStoresOrChatClients() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "io.lettuce..",
                        "redis..",
                        "org.quartz..",
                        "net.dv8tion..",
                        "com.pengrad..")
                .because("bot-core is plain Java; frameworks and clients belong in adapters and config")
                .check(core);
    }

    @Test
    void theRuleSeesTheCore() {
        org.assertj.core.api.Assertions.assertThat(core.containPackage("org.receptionbot.chat"))
                .isTrue();
    }
}
