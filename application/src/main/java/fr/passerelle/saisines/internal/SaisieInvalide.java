package fr.passerelle.saisines.internal;

import java.util.Map;

/** Les champs refusés d'un formulaire, chacun avec sa raison : le formulaire revient rempli avec ces messages. */
public class SaisieInvalide extends RuntimeException {

    private final Map<String, String> erreurs;

    public SaisieInvalide(Map<String, String> erreurs) {
        super(String.join(" ; ", erreurs.values()));
        this.erreurs = Map.copyOf(erreurs);
    }

    public Map<String, String> erreurs() {
        return erreurs;
    }
}
