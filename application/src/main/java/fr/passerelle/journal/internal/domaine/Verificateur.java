package fr.passerelle.journal.internal.domaine;

import java.util.Optional;

import fr.passerelle.journal.VerificationJournal;

/**
 * Relit la chaîne dans l'ordre des numéros et s'arrête à la première entrée en défaut : numéro manquant (entrée
 * supprimée), empreinte précédente qui ne suit pas (entrées déplacées ou insérées), empreinte recalculée différente
 * (entrée modifiée), ou tête qui annonce plus d'entrées qu'il n'en reste (dernières entrées supprimées).
 */
public final class Verificateur {

    private long attendu = 1;
    private String precedente = Empreinte.ORIGINE;
    private Optional<Long> enDefaut = Optional.empty();
    private String explication = "";

    /** @return faux dès qu'un défaut est trouvé (la suite n'est plus lue) */
    public boolean lire(EntreeStockee stockee) {
        if (enDefaut.isPresent()) {
            return false;
        }
        long numero = stockee.entree().numero();
        if (numero != attendu) {
            return defaut(attendu, "entrée " + attendu + " absente (la suivante porte le numéro " + numero
                    + ") : une entrée a été supprimée");
        }
        if (!stockee.empreintePrecedente().equals(precedente)) {
            return defaut(numero, "entrée " + numero + " : elle ne suit pas l'entrée " + (numero - 1)
                    + " (empreinte précédente différente) : des entrées ont été déplacées ou insérées");
        }
        if (!stockee.empreinteRecalculee().equals(stockee.entree().empreinte())) {
            return defaut(numero, "entrée " + numero + " : son contenu ne correspond plus à son empreinte : "
                    + "elle a été modifiée");
        }
        precedente = stockee.entree().empreinte();
        attendu++;
        return true;
    }

    public VerificationJournal conclure(long dernierNumeroAnnonce, String derniereEmpreinteAnnoncee) {
        long lues = attendu - 1;
        if (enDefaut.isEmpty() && dernierNumeroAnnonce != lues) {
            defaut(lues + 1, "le journal annonce " + dernierNumeroAnnonce + " entrées mais s'arrête à " + lues
                    + " : les dernières entrées ont été supprimées");
        } else if (enDefaut.isEmpty() && !derniereEmpreinteAnnoncee.equals(precedente)) {
            defaut(lues, "entrée " + lues + " : elle ne correspond pas à la dernière empreinte retenue : "
                    + "elle a été remplacée");
        }
        if (enDefaut.isEmpty()) {
            explication = lues + " entrées vérifiées : la chaîne est intacte.";
        }
        return new VerificationJournal(lues, enDefaut, explication);
    }

    private boolean defaut(long numero, String texte) {
        enDefaut = Optional.of(numero);
        explication = texte;
        return false;
    }
}
