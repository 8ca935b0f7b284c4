package fr.passerelle.dossiers.internal.domaine;

import java.util.Map;

/** Saisie refusée : pour chaque champ, la raison en français (le formulaire revient rempli avec ces messages). */
public class SaisieInvalide extends RuntimeException {

    private final Map<String, String> erreurs;

    public SaisieInvalide(Map<String, String> erreurs) {
        super(String.join(" ; ", erreurs.values()));
        this.erreurs = Map.copyOf(erreurs);
    }

    public SaisieInvalide(String champ, String raison) {
        this(Map.of(champ, raison));
    }

    public Map<String, String> erreurs() {
        return erreurs;
    }
}
