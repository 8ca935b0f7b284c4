package fr.passerelle.journal.internal.domaine;

import fr.passerelle.journal.EntreeJournal;

/** Une entrée telle que relue de la base, avec l'empreinte de la précédente qu'elle déclare. */
public record EntreeStockee(EntreeJournal entree, String empreintePrecedente) {

    public String empreinteRecalculee() {
        EntreeJournal e = entree;
        return Empreinte.de(empreintePrecedente, e.numero(), e.le(), e.acteurId(), e.acteurNom(), e.dossierId(),
                e.action(), e.resultat(), e.motif());
    }
}
