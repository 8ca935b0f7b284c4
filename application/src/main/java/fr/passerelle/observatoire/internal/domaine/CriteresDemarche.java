package fr.passerelle.observatoire.internal.domaine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Critères de qualité d'une démarche en ligne, saisis par le coordinateur : au moins deux canaux de contact humain,
 * satisfaction des usagers (en %), FranceConnect, fonctionne sur téléphone, accessibilité (RGAA).
 */
public record CriteresDemarche(String intitule, boolean deuxCanauxHumains, int satisfaction, boolean franceConnect,
                               boolean marcheSurTelephone, Accessibilite accessibilite) {

    public enum Accessibilite {
        TOTALE("totale"), PARTIELLE("partielle"), NON_CONFORME("non conforme");

        private final String libelle;

        Accessibilite(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Lit le formulaire ; chaque refus nomme le champ et la raison. */
    public static CriteresDemarche lire(Map<String, String> saisie) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        String intitule = saisie.getOrDefault("intitule", "").strip();
        if (intitule.isEmpty()) {
            erreurs.put("intitule", "Démarche : choisissez la démarche à qualifier.");
        } else if (intitule.length() > 200) {
            erreurs.put("intitule", "Démarche : 200 caractères au plus.");
        }
        String s = saisie.getOrDefault("satisfaction", "").strip();
        int satisfaction = -1;
        try {
            satisfaction = Integer.parseInt(s);
            if (satisfaction < 0 || satisfaction > 100) {
                erreurs.put("satisfaction", "Satisfaction : indiquez un pourcentage entre 0 et 100.");
            }
        } catch (NumberFormatException e) {
            erreurs.put("satisfaction", s.isEmpty() ? "Satisfaction : indiquez la part d'usagers satisfaits, en %."
                    : "Satisfaction : « " + s + " » n'est pas un nombre entier entre 0 et 100.");
        }
        Accessibilite accessibilite = null;
        try {
            accessibilite = Accessibilite.valueOf(saisie.getOrDefault("accessibilite", ""));
        } catch (IllegalArgumentException e) {
            erreurs.put("accessibilite", "Accessibilité : choisissez totale, partielle ou non conforme.");
        }
        if (!erreurs.isEmpty()) {
            throw new FiltreInvalide(erreurs);
        }
        return new CriteresDemarche(intitule, oui(saisie, "deuxCanauxHumains"), satisfaction, oui(saisie, "franceConnect"),
                oui(saisie, "marcheSurTelephone"), accessibilite);
    }

    private static boolean oui(Map<String, String> saisie, String champ) {
        return "oui".equals(saisie.get(champ));
    }

    /** Nombre de critères remplis sur cinq (satisfaction : au moins 80 % ; accessibilité : totale). */
    public int criteresRemplis() {
        return (deuxCanauxHumains ? 1 : 0) + (satisfaction >= 80 ? 1 : 0) + (franceConnect ? 1 : 0)
                + (marcheSurTelephone ? 1 : 0) + (accessibilite == Accessibilite.TOTALE ? 1 : 0);
    }
}
