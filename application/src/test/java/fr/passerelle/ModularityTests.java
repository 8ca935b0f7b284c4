package fr.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;

/** Vérifie la structure modulaire (Spring Modulith) et écrit la documentation des modules dans docs/modules/. */
class ModularityTests {

    /**
     * Le moteur de droits et le dépistage (autres jars, paquets fr.passerelle.moteur et fr.passerelle.depistage) ne
     * sont pas des modules de l'application.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(PasserelleApplication.class,
            JavaClass.Predicates.resideInAnyPackage("fr.passerelle.moteur..", "fr.passerelle.depistage.."));

    @Test
    void les_modules_respectent_leurs_frontieres() {
        MODULES.verify();
    }

    @Test
    void les_modules_attendus_existent() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)
                .collect(Collectors.toSet()))
                .contains("comptes", "accueil", "structures", "socle");
    }

    @Test
    void ecrit_la_documentation_des_modules() throws Exception {
        Path depot = Path.of(System.getenv().getOrDefault("PASSERELLE_DEPOT", ".."));
        Path sortie = depot.resolve("docs/modules");
        Files.createDirectories(sortie);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(sortie.toString()))
                .writeDocumentation();
        try (var fichiers = Files.list(sortie)) {
            for (Path puml : fichiers.filter(f -> f.toString().endsWith(".puml")).toList()) {
                ordonnerLesRelations(puml);
            }
        }
        assertThat(sortie.resolve("components.puml")).exists();
    }

    /** Le Documenter écrit les relations dans un ordre qui change d'un lancement à l'autre : triées, le dépôt reste propre. */
    private static void ordonnerLesRelations(Path puml) throws java.io.IOException {
        java.util.List<String> lignes = Files.readAllLines(puml);
        java.util.List<String> relations = lignes.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
        java.util.Iterator<String> triees = relations.iterator();
        java.util.List<String> resultat = lignes.stream().map(l -> l.startsWith("Rel(") ? triees.next() : l).toList();
        Files.write(puml, resultat);
    }
}
