package fr.passerelle.comptes;

import java.util.List;
import java.util.Locale;

/** Rôle d'un compte Passerelle. Un compte a exactement un rôle. */
public enum Role {
    USAGER("Usager", "Personne qui fait valoir ses droits, seule ou accompagnée.", List.of(
            "voir les aides auxquelles vous avez probablement droit, expliquées simplement",
            "suivre vos démarches en cours et leurs prochaines échéances",
            "autoriser un aidant à vous accompagner (mandat), et retirer cette autorisation")),
    AIDANT("Aidant", "Professionnel d'une structure d'accompagnement (France services, CCAS, association…).", List.of(
            "accompagner les personnes reçues dans votre structure, avec leur accord",
            "repérer les droits non demandés avec le questionnaire de dépistage",
            "saisir une administration partenaire quand un dossier est bloqué")),
    AGENT("Agent", "Agent d'une administration ou d'un organisme (CAF, CPAM, France Travail…).", List.of(
            "recevoir les saisines des aidants concernant votre organisme",
            "répondre et débloquer les dossiers dans les délais convenus",
            "signaler les difficultés récurrentes rencontrées par le public")),
    COORDINATEUR("Coordinateur", "Anime un réseau local d'aidants et de structures.", List.of(
            "gérer les structures et les comptes aidants de votre territoire",
            "organiser les ateliers numériques et suivre leur fréquentation",
            "consulter les remontées de terrain et l'observatoire du non-recours")),
    ADMINISTRATEUR("Administrateur", "Administre la plateforme Passerelle.", List.of(
            "gérer les organisations partenaires et les comptes coordinateurs",
            "superviser l'état du service et ses métriques techniques",
            "paramétrer les référentiels (structures, organisations, territoires)"));

    private final String libelle;
    private final String description;
    private final List<String> capacitesPrevues;

    Role(String libelle, String description, List<String> capacitesPrevues) {
        this.libelle = libelle;
        this.description = description;
        this.capacitesPrevues = capacitesPrevues;
    }

    public String libelle() {
        return libelle;
    }

    public String description() {
        return description;
    }

    /** Ce que ce rôle pourra faire dans Passerelle (affiché sur « Mon espace »). */
    public List<String> capacitesPrevues() {
        return capacitesPrevues;
    }

    /** Segment d'URL de l'espace du rôle, par exemple {@code /espace/aidant}. */
    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Autorité Spring Security correspondante (préfixe ROLE_). */
    public String autorite() {
        return "ROLE_" + name();
    }

    public boolean professionnel() {
        return this != USAGER;
    }
}
