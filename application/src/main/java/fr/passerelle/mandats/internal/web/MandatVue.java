package fr.passerelle.mandats.internal.web;

import java.time.Instant;
import java.util.List;

import fr.passerelle.mandats.EtatMandat;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.mandats.internal.domaine.DatesLisibles;
import fr.passerelle.mandats.internal.domaine.Mandat;
import fr.passerelle.mandats.internal.domaine.ModeConsentement;
import fr.passerelle.mandats.internal.domaine.VoieRevocation;

/** Un mandat tel que les pages (et le formulaire imprimable) l'affichent, dates écrites en toutes lettres. */
record MandatVue(long id, long dossierId, String structure, List<String> perimetres, String duree, EtatMandat etat,
                 String etatLibelle, String mode, boolean parCode, String preparePar, String prepareLe, String debut,
                 String fin, String revocation) {

    static MandatVue de(Mandat m, String structure, Instant maintenant) {
        EtatMandat etat = m.etatA(maintenant);
        boolean signe = m.signeLe().isPresent();
        return new MandatVue(m.id(), m.dossierId(), structure, m.perimetres().stream().map(Perimetre::libelle).toList(),
                m.duree().libelle(), etat, Mandat.libelleEtat(etat), m.mode().libelle(),
                m.mode() == ModeConsentement.CODE_SMS, m.creeParNom(), DatesLisibles.jourEtHeure(m.creeLe()),
                signe ? DatesLisibles.jourEtHeure(m.debutLe()) : "à la signature",
                signe ? DatesLisibles.jourEtHeure(m.finLe()) : m.duree().libelle() + " après la signature",
                m.revocation().map(r -> "Retiré le " + DatesLisibles.jourEtHeure(r.le()) + " " + r.voie().phrase()
                        + (r.voie() == VoieRevocation.GUICHET ? " (enregistré par " + r.parNom() + ")" : "") + ".")
                        .orElse(""));
    }

    public boolean actif() {
        return etat == EtatMandat.ACTIF;
    }

    public boolean enAttente() {
        return etat == EtatMandat.EN_ATTENTE_DE_SIGNATURE;
    }

    /** Un mandat actif ou pas encore signé peut être retiré. */
    public boolean retirable() {
        return actif() || enAttente();
    }
}
