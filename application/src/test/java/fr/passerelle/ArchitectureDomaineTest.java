package fr.passerelle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Le code de domaine ne dépend d'aucun framework : paquets {@code ..domaine..} et types valeur publiés par les
 * modules (records et enums des paquets de base).
 */
class ArchitectureDomaineTest {

    static final String[] FRAMEWORKS = {"org.springframework..", "jakarta.persistence..", "jakarta.servlet..",
            "org.hibernate..", "com.fasterxml.jackson..", "tools.jackson.."};

    static final ArchRule DOMAINE_SANS_FRAMEWORK = noClasses()
            .that().resideInAPackage("fr.passerelle..domaine..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("le domaine doit rester testable et réutilisable sans Spring");

    static final ArchRule TYPES_VALEUR_PUBLICS_SANS_FRAMEWORK = noClasses()
            .that(JavaClass.Predicates.resideInAnyPackage("fr.passerelle.comptes", "fr.passerelle.structures")
                    .and(DescribedPredicate.describe("records ou enums", (JavaClass c) -> c.isEnum()
                            || c.getRawSuperclass().map(s -> s.getName().equals("java.lang.Record")).orElse(false))))
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("les types valeur publiés par un module sont du domaine");

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.passerelle");

    @Test
    void le_domaine_ne_depend_pas_de_spring() {
        assertThat(APPLICATION.stream().filter(c -> c.getPackageName().contains(".domaine")).count())
                .as("la règle porte sur des classes réelles").isGreaterThanOrEqualTo(3);
        DOMAINE_SANS_FRAMEWORK.check(APPLICATION);
    }

    @Test
    void les_types_valeur_publics_ne_dependent_pas_de_spring() {
        TYPES_VALEUR_PUBLICS_SANS_FRAMEWORK.check(APPLICATION);
    }

    @Test
    void la_regle_detecte_une_violation() {
        JavaClasses fixture = new ClassFileImporter().importPackages("fr.passerelle.archfixture");
        assertThatThrownBy(() -> DOMAINE_SANS_FRAMEWORK.check(fixture))
                .hasMessageContaining("MauvaisDomaine");
    }
}
