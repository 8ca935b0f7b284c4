package fr.passerelle.observatoire.internal.domaine;

import java.util.Map;

/** Filtre refusé : pour chaque champ, la raison (affichée à côté du champ, rien de ce qui a été saisi n'est perdu). */
public class FiltreInvalide extends RuntimeException {

    private final transient Map<String, String> erreurs;

    public FiltreInvalide(Map<String, String> erreurs) {
        super(String.join(" ", erreurs.values()));
        this.erreurs = Map.copyOf(erreurs);
    }

    public Map<String, String> erreurs() {
        return erreurs;
    }
}
