package fr.passerelle.journal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.journal.EntreeJournal;
import fr.passerelle.journal.EvenementJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.VerificationJournal;
import fr.passerelle.journal.internal.domaine.Empreinte;
import fr.passerelle.journal.internal.domaine.EntreeStockee;
import fr.passerelle.journal.internal.domaine.Verificateur;
import fr.passerelle.journal.internal.persistance.JournalJdbc;

/**
 * Chaque entrée est écrite dans sa propre transaction, validée aussitôt : un refus reste au journal même quand
 * l'appelant annule la sienne, et le verrou de la tête n'est tenu que le temps d'un ajout.
 */
@Service
public class ServiceJournal implements Journal {

    private final JournalJdbc journal;
    private final Clock horloge;

    public ServiceJournal(JournalJdbc journal, Clock horloge) {
        this.journal = journal;
        this.horloge = horloge;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public EntreeJournal ecrire(EvenementJournal e) {
        JournalJdbc.Tete tete = journal.verrouillerTete();
        long numero = tete.dernierNumero() + 1;
        Instant le = horloge.instant().truncatedTo(ChronoUnit.MICROS);
        String acteurNom = tronquer(e.acteurNom(), 200);
        String action = tronquer(e.action(), 120);
        String motif = tronquer(e.motif(), 500);
        String empreinte = Empreinte.de(tete.derniereEmpreinte(), numero, le, e.acteurId(), acteurNom, e.dossierId(),
                action, e.resultat(), motif);
        EntreeJournal entree = new EntreeJournal(numero, le, e.acteurId(), acteurNom, e.dossierId(), action,
                e.resultat(), motif, empreinte);
        journal.ajouter(new EntreeStockee(entree, tete.derniereEmpreinte()));
        return entree;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EntreeJournal> duDossier(long dossierId) {
        return journal.duDossier(dossierId);
    }

    @Override
    @Transactional(readOnly = true)
    public VerificationJournal verifier() {
        JournalJdbc.Tete tete = journal.tete();
        Verificateur verificateur = new Verificateur();
        journal.parcourir(verificateur::lire);
        return verificateur.conclure(tete.dernierNumero(), tete.derniereEmpreinte());
    }

    private static String tronquer(String texte, int longueur) {
        return texte.length() <= longueur ? texte : texte.substring(0, longueur);
    }
}
