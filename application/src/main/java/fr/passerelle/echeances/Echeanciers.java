package fr.passerelle.echeances;

import java.util.List;

/** Lecture de l'échéancier d'une personne par les autres modules (le dossier que suit un aidant sous mandat). */
public interface Echeanciers {

    /** Les prochaines démarches de la personne de ce compte usager, la plus proche d'abord. */
    List<EcheanceVue> prochaines(long personneId, int nombre);
}
