package fr.passerelle.depistage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Le dépistage est sans framework ; seul le paquet {@code spark} connaît Spark (fourni par le cluster). */
class ArchitectureDepistageTest {

    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(java.nio.file.Path.of("target/classes"));

    @Test
    void seul_le_paquet_spark_depend_de_spark_et_rien_ne_depend_de_spring() {
        noClasses().that().resideOutsideOfPackage("fr.passerelle.depistage.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
                .check(classes);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..").check(classes);
    }
}
