package fr.passerelle.mandats;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Les personnes des dossiers, en données de test : le test remplit la table lui-même (le module dossiers, qui
 * implémente ce port dans l'application, n'est pas l'objet de ces tests).
 */
public class PersonnesDeTest implements PersonnesMandantes {

    private final Map<Long, Mandant> personnes = new ConcurrentHashMap<>();

    public Mandant ajouter(Mandant mandant) {
        personnes.put(mandant.dossierId(), mandant);
        return mandant;
    }

    public void vider() {
        personnes.clear();
    }

    @Override
    public Optional<Mandant> mandant(long dossierId) {
        return Optional.ofNullable(personnes.get(dossierId));
    }
}
