package fr.passerelle.moteur.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Le moteur reste sans framework : utilisable tel quel en ligne de commande, dans l'application web et dans Spark. */
class ArchitectureMoteurTest {

    private final JavaClasses moteur = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.passerelle.moteur");

    @Test
    void le_moteur_ne_depend_d_aucun_framework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "org.apache.spark..", "lombok..")
                .check(moteur);
    }

    @Test
    void spring_est_absent_du_classpath_du_moteur() {
        assertThatThrownBy(() -> Class.forName("org.springframework.context.ApplicationContext"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void les_prestations_ne_lisent_pas_l_horloge() {
        noClasses().that().resideInAPackage("fr.passerelle.moteur.prestations..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(moteur);
    }
}
