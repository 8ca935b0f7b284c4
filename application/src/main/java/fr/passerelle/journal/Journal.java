package fr.passerelle.journal;

import java.util.List;

/** Journal d'accès en ajout seul et chaîné : écrire, lire pour un dossier, vérifier la chaîne. */
public interface Journal {

    /**
     * Ajoute l'entrée dans la transaction de l'appelant (une entrée refusée s'écrit aussi, dans sa propre
     * transaction si l'appelant annule la sienne).
     *
     * @return l'entrée écrite, avec son numéro d'ordre et son empreinte
     */
    EntreeJournal ecrire(EvenementJournal evenement);

    /** Les entrées d'un dossier, de la plus récente à la plus ancienne (« qui a consulté mon dossier »). */
    List<EntreeJournal> duDossier(long dossierId);

    /** Recalcule toute la chaîne et dit si elle est intacte, sinon la première entrée en défaut et pourquoi. */
    VerificationJournal verifier();
}
