package fr.passerelle.comptes.internal.demo;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;

import fr.passerelle.comptes.Role;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.comptes.internal.domaine.AdresseEmail;
import fr.passerelle.comptes.internal.domaine.Compte;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;
import fr.passerelle.structures.TypeOrganisation;
import fr.passerelle.structures.TypeStructure;

/**
 * Données de démonstration (profil {@code demo}, actif par défaut avec la base embarquée) : quelques structures et
 * organisations, et un compte par rôle avec un mot de passe connu. Idempotent : rien n'est recréé au redémarrage.
 * Les identifiants sont affichés dans un encadré au démarrage.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo.actif", havingValue = "true")
class ComptesDemo implements ApplicationRunner {

    private static final Logger JOURNAL = LoggerFactory.getLogger(ComptesDemo.class);

    /** Compte de démonstration d'un rôle. */
    record CompteDemo(String email, String nom, Role role) {
    }

    static final List<CompteDemo> COMPTES = List.of(
            new CompteDemo("usager@demo.passerelle.fr", "Camille Usager", Role.USAGER),
            new CompteDemo("aidant@demo.passerelle.fr", "Karim Aidant", Role.AIDANT),
            new CompteDemo("agent@demo.passerelle.fr", "Sophie Agent", Role.AGENT),
            new CompteDemo("coordinateur@demo.passerelle.fr", "Jeanne Coordinatrice", Role.COORDINATEUR),
            new CompteDemo("admin@demo.passerelle.fr", "Alex Administrateur", Role.ADMINISTRATEUR));

    private final ComptesService comptes;
    private final ReferentielStructures referentiel;
    private final PasswordEncoder encodeur;
    private final Clock horloge;
    private final Environment environnement;
    private final String motDePasse;

    ComptesDemo(ComptesService comptes, ReferentielStructures referentiel, PasswordEncoder encodeur, Clock horloge,
                Environment environnement, @Value("${passerelle.demo.mot-de-passe}") String motDePasse) {
        this.comptes = comptes;
        this.referentiel = referentiel;
        this.encodeur = encodeur;
        this.horloge = horloge;
        this.environnement = environnement;
        this.motDePasse = motDePasse;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Structure franceServices = referentiel.enregistrer(new Structure(null, "France services de Bègles",
                TypeStructure.FRANCE_SERVICES, "Bègles", "33130"));
        referentiel.enregistrer(new Structure(null, "CCAS de Bordeaux", TypeStructure.CCAS, "Bordeaux", "33000"));
        referentiel.enregistrer(new Structure(null, "Association Lien numérique", TypeStructure.ASSOCIATION,
                "Mérignac", "33700"));
        referentiel.enregistrer(new Structure(null, "France services de Guéret", TypeStructure.FRANCE_SERVICES,
                "Guéret", "23000"));
        Organisation caf = referentiel.enregistrer(new Organisation(null, "CAF de la Gironde", TypeOrganisation.CAF,
                "Gironde"));
        referentiel.enregistrer(new Organisation(null, "CPAM de la Gironde", TypeOrganisation.CPAM, "Gironde"));
        referentiel.enregistrer(new Organisation(null, "France Travail Nouvelle-Aquitaine",
                TypeOrganisation.FRANCE_TRAVAIL, "Nouvelle-Aquitaine"));

        int crees = 0;
        for (CompteDemo demo : COMPTES) {
            Long structure = demo.role() == Role.AIDANT ? franceServices.id() : null;
            Long organisation = demo.role() == Role.AGENT ? caf.id() : null;
            Compte compte = Compte.nouveau(new AdresseEmail(demo.email()), demo.nom(), demo.role(), structure,
                    organisation, horloge);
            if (comptes.parEmail(demo.email()).isEmpty()) {
                comptes.creerSiAbsent(compte, encodeur.encode(motDePasse));
                crees++;
            }
        }
        JOURNAL.info("Données de démonstration prêtes ({} compte(s) créé(s), {} déjà présent(s))", crees,
                COMPTES.size() - crees);
    }

    @EventListener(ApplicationReadyEvent.class)
    void afficherEncadre() {
        String port = environnement.getProperty("local.server.port", environnement.getProperty("server.port", "8080"));
        List<String> lignes = new ArrayList<>();
        lignes.add("Passerelle est démarrée : http://localhost:" + port + "/");
        lignes.add("");
        lignes.add("Comptes de démonstration (mot de passe : " + motDePasse + ")");
        for (CompteDemo demo : COMPTES) {
            lignes.add(String.format("  %-15s %s", demo.role().libelle(), demo.email()));
        }
        int largeur = lignes.stream().mapToInt(String::length).max().orElse(40) + 2;
        StringBuilder encadre = new StringBuilder("\n+" + "-".repeat(largeur) + "+\n");
        for (String ligne : lignes) {
            encadre.append("| ").append(ligne).append(" ".repeat(largeur - ligne.length() - 1)).append("|\n");
        }
        encadre.append("+").append("-".repeat(largeur)).append("+");
        JOURNAL.info(encadre.toString());
    }
}
