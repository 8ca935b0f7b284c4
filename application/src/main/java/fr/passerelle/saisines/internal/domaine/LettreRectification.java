package fr.passerelle.saisines.internal.domaine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.passerelle.mandats.Perimetre;

/**
 * Lettre de rectification au titre du droit à l'erreur (loi ESSOC du 10 août 2018, article L123-1 du code des
 * relations entre le public et l'administration), en français simple, et le suivi de la réponse.
 *
 * @param declareLe date à laquelle l'information fausse a été donnée à l'organisation
 */
public record LettreRectification(Long id, long dossierId, long structureId, long aidantId, String aidantNom,
                                  String personneNom, long organisationId, String organisationNom,
                                  Perimetre perimetre, String ceQuiEtaitFaux, String ceQuiEstJuste,
                                  LocalDate declareLe, Instant redigeeLe, Optional<LocalDate> envoyeeLe,
                                  Optional<LocalDate> reponseLe, Optional<IssueRectification> issue) {

    public static final int TEXTE_MAX = 1500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    public LettreRectification {
        Objects.requireNonNull(envoyeeLe, "envoyeeLe");
        Objects.requireNonNull(reponseLe, "reponseLe");
        Objects.requireNonNull(issue, "issue");
    }

    /** Les champs refusés d'une nouvelle lettre, et pourquoi. */
    public static Map<String, String> erreurs(String ceQuiEtaitFaux, String ceQuiEstJuste, Optional<LocalDate> declareLe,
                                              LocalDate aujourdhui) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        texte(erreurs, "ceQuiEtaitFaux", ceQuiEtaitFaux,
                "Écrivez l'information fausse qui a été donnée (par exemple : « j'ai déclaré 900 € de salaire en mars »).");
        texte(erreurs, "ceQuiEstJuste", ceQuiEstJuste,
                "Écrivez l'information juste (par exemple : « mon salaire de mars était de 1 200 € »).");
        if (declareLe.isPresent() && declareLe.get().isAfter(aujourdhui)) {
            erreurs.put("declareLe", "La date de la déclaration est dans le futur : indiquez quand l'information "
                    + "fausse a été donnée.");
        }
        return erreurs;
    }

    private static void texte(Map<String, String> erreurs, String champ, String valeur, String siVide) {
        if (valeur == null || valeur.isBlank()) {
            erreurs.put(champ, siVide);
        } else if (valeur.strip().length() > TEXTE_MAX) {
            erreurs.put(champ, "Ce texte fait " + valeur.strip().length() + " caractères : " + TEXTE_MAX + " au plus.");
        }
    }

    public String objetDuCourrier() {
        return "Rectification d'une erreur dans ma déclaration — droit à l'erreur";
    }

    /** Le texte de la lettre, paragraphe par paragraphe, en phrases courtes. */
    public List<String> paragraphes() {
        return List.of(
                "Madame, Monsieur,",
                "Je m'appelle " + personneNom + ". Le " + declareLe.format(DATE) + ", j'ai donné à "
                        + organisationNom + " une information qui n'était pas juste. Je ne l'ai pas fait exprès.",
                "Ce qui était faux : " + ceQuiEtaitFaux.strip(),
                "Ce qui est juste : " + ceQuiEstJuste.strip(),
                "Je vous demande de corriger mon dossier avec la bonne information.",
                "Je demande à bénéficier du droit à l'erreur. L'article L123-1 du code des relations entre le public "
                        + "et l'administration (loi du 10 août 2018, dite loi ESSOC) le prévoit : une personne qui se "
                        + "trompe pour la première fois, de bonne foi, et qui corrige elle-même sa situation, ne peut "
                        + "pas être sanctionnée. Elle ne doit ni payer une pénalité, ni perdre tout ou partie d'une "
                        + "aide qui lui est due.",
                "À ma connaissance, c'est la première fois que je fais cette erreur, et je la corrige de moi-même.",
                "Merci de me répondre par écrit. Je reste à votre disposition pour tout document utile.",
                "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.");
    }

    public String mention() {
        return "Lettre préparée avec l'aide de " + aidantNom + " (Passerelle).";
    }

    /**
     * Enregistre le suivi : date d'envoi, date de la réponse, issue.
     *
     * @throws SaisieRefusee si une date est dans le futur, une réponse précède l'envoi, ou une issue est donnée sans
     *                       date de réponse
     */
    public LettreRectification suivie(Optional<LocalDate> envoi, Optional<LocalDate> reponse,
                                      Optional<IssueRectification> resultat, LocalDate aujourdhui) {
        if (envoi.isPresent() && envoi.get().isAfter(aujourdhui)) {
            throw new SaisieRefusee("envoyeeLe", "La date d'envoi est dans le futur : indiquez le jour où la lettre est partie.");
        }
        if (reponse.isPresent() && envoi.isEmpty()) {
            throw new SaisieRefusee("envoyeeLe", "Indiquez d'abord la date d'envoi de la lettre : une réponse suit un envoi.");
        }
        if (reponse.isPresent() && reponse.get().isAfter(aujourdhui)) {
            throw new SaisieRefusee("reponseLe", "La date de réponse est dans le futur : indiquez le jour où la réponse est arrivée.");
        }
        if (reponse.isPresent() && reponse.get().isBefore(envoi.get())) {
            throw new SaisieRefusee("reponseLe", "La réponse (" + reponse.get().format(DATE)
                    + ") ne peut pas précéder l'envoi (" + envoi.get().format(DATE) + ").");
        }
        if (resultat.isPresent() && reponse.isEmpty()) {
            throw new SaisieRefusee("reponseLe", "Indiquez la date de la réponse avant de choisir ce qu'elle dit.");
        }
        if (reponse.isPresent() && resultat.isEmpty()) {
            throw new SaisieRefusee("issue", "Choisissez ce que dit la réponse de l'organisation.");
        }
        return new LettreRectification(id, dossierId, structureId, aidantId, aidantNom, personneNom, organisationId,
                organisationNom, perimetre, ceQuiEtaitFaux, ceQuiEstJuste, declareLe, redigeeLe, envoi, reponse, resultat);
    }

    public LettreRectification avecId(long nouvelId) {
        return new LettreRectification(nouvelId, dossierId, structureId, aidantId, aidantNom, personneNom,
                organisationId, organisationNom, perimetre, ceQuiEtaitFaux, ceQuiEstJuste, declareLe, redigeeLe,
                envoyeeLe, reponseLe, issue);
    }
}
