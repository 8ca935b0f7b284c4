package fr.passerelle.socle.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Si la variable {@code DATABASE_URL} (ou la propriété {@code passerelle.database-url}) est définie,
 * bascule la source de données sur PostgreSQL (sans comptes de démonstration, sauf {@code PASSERELLE_DEMO=true}) ;
 * sinon la base embarquée H2 (fichier) reste utilisée, dans un dossier rendu absolu.
 */
public class BaseDeDonneesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "passerelle-database-url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environnement, SpringApplication application) {
        String valeur = environnement.getProperty("DATABASE_URL", environnement.getProperty("passerelle.database-url"));
        if (valeur == null || valeur.isBlank()) {
            absolutiserDossierDonnees(environnement);
            return;
        }
        DatabaseUrl url = DatabaseUrl.lire(valeur);
        Map<String, Object> proprietes = new HashMap<>();
        proprietes.put("spring.datasource.url", url.jdbcUrl());
        proprietes.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
        proprietes.put("spring.datasource.username", url.utilisateur().orElse(System.getProperty("user.name")));
        proprietes.put("spring.datasource.password", url.motDePasse().orElse(""));
        // Les comptes de démonstration accompagnent la base embarquée ; sur PostgreSQL, seulement si PASSERELLE_DEMO=true.
        proprietes.put("passerelle.demo.actif", environnement.getProperty("PASSERELLE_DEMO", "false"));
        environnement.getPropertySources().addFirst(new MapPropertySource(SOURCE, proprietes));
    }

    /** H2 exige un chemin absolu (ou ./…) : le dossier de données est rendu absolu. */
    private static void absolutiserDossierDonnees(ConfigurableEnvironment environnement) {
        String dossier = environnement.getProperty("passerelle.donnees.dossier");
        if (dossier != null && !dossier.isBlank()) {
            String absolu = Path.of(dossier).toAbsolutePath().normalize().toString();
            environnement.getPropertySources().addFirst(new MapPropertySource(SOURCE,
                    Map.of("passerelle.donnees.dossier", absolu)));
        }
    }

    @Override
    public int getOrder() {
        // Après le chargement de application.yml (ConfigDataEnvironmentPostProcessor) pour le surcharger.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
