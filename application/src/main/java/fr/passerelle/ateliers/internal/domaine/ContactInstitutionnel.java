package fr.passerelle.ateliers.internal.domaine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Un contact avec le préfet, un élu ou une administration, pour une campagne ou un atelier : qui, son rôle, son
 * organisme, la date, l'objet et la suite donnée. {@link #verifier} dit, champ par champ, ce qui ne va pas.
 */
public record ContactInstitutionnel(String qui, RoleContact role, String organisme, LocalDate le, String objet,
                                    String suite) {

    public static final int QUI_MAX = 120;
    public static final int ORGANISME_MAX = 200;
    public static final int OBJET_MAX = 500;
    public static final int SUITE_MAX = 500;

    /**
     * Les refus, par champ (vide si tout va bien). Un rôle d'élu, d'administration ou « autre » demande l'organisme
     * (quelle mairie, quel conseil, quelle administration) ; la date ne peut pas être dans le futur : on enregistre
     * un contact qui a eu lieu.
     */
    public Map<String, String> verifier(LocalDate aujourdhui) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        texte(erreurs, "qui", "Qui", qui, QUI_MAX, true);
        if (role == null) {
            erreurs.put("role", "Rôle : choisissez préfet, sous-préfet, maire, élu, administration ou autre.");
        }
        boolean organismeExige = role == RoleContact.ELU || role == RoleContact.ADMINISTRATION || role == RoleContact.AUTRE;
        texte(erreurs, "organisme", "Organisme", organisme, ORGANISME_MAX, organismeExige);
        if (le == null) {
            erreurs.put("le", "Date du contact : indiquez une date (par exemple 12/03/2027).");
        } else if (le.isAfter(aujourdhui)) {
            erreurs.put("le", "Date du contact : le " + le.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + " est dans le futur ; enregistrez le contact une fois qu'il a eu lieu.");
        }
        texte(erreurs, "objet", "Objet", objet, OBJET_MAX, true);
        texte(erreurs, "suite", "Suite donnée", suite, SUITE_MAX, false);
        return erreurs;
    }

    private static void texte(Map<String, String> erreurs, String champ, String libelle, String valeur, int max, boolean obligatoire) {
        if (valeur == null || valeur.isBlank()) {
            if (obligatoire) {
                erreurs.put(champ, libelle + " : ce champ est obligatoire" + ("organisme".equals(champ)
                        ? " pour un élu, une administration ou un autre contact (quelle mairie, quel conseil, quel service)." : "."));
            }
        } else if (valeur.strip().length() > max) {
            erreurs.put(champ, libelle + " : " + max + " caractères au plus (" + valeur.strip().length() + " saisis).");
        }
    }
}
