package fr.passerelle.proactif.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.depistage.Depisteur;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.droits.SituationsDeclarees;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.proactif.internal.domaine.ConstatLu;
import fr.passerelle.proactif.internal.domaine.DepistagePersonneSuivie;
import fr.passerelle.proactif.internal.domaine.ReferencePersonne;
import fr.passerelle.proactif.internal.persistance.DepistagesJdbc;

/**
 * Le dépistage des personnes suivies dans Passerelle : qui (les comptes qui ont enregistré leur situation « Mes
 * droits » et ont un dossier), puis, partition par partition, leurs constats. Tout passe par l'API publique des
 * modules {@code droits} ({@link SituationsDeclarees}) et {@code dossiers} ({@link Dossiers#droitsPourDepistage},
 * journalisé au nom de qui a lancé le dépistage), jamais par leurs tables.
 */
@Component
class DepistageDesSuivies {

    private final SituationsDeclarees situations;
    private final Dossiers dossiers;
    private final Annuaire annuaire;
    private final Moteur moteur;

    DepistageDesSuivies(SituationsDeclarees situations, Dossiers dossiers, Annuaire annuaire, Moteur moteur) {
        this.situations = situations;
        this.dossiers = dossiers;
        this.annuaire = annuaire;
        this.moteur = moteur;
    }

    /** Les comptes à dépister : situation enregistrée (avec consentement) et au moins un dossier suivi. */
    List<Long> personnes() {
        return situations.comptes().stream().filter(compte -> !dossiers.dePersonne(compte).isEmpty()).toList();
    }

    /** Une partition : une ligne = un numéro de compte. Une personne sans situation lisible est un rejet. */
    ServiceDepistages.CalculPartition calculer(DepistagesJdbc.Partition p, DepistagesJdbc.Parametres d) {
        CompteConnecte lanceur = annuaire.parIdentifiant(d.lancePar())
                .orElseThrow(() -> new IllegalStateException("compte du lanceur introuvable : " + d.lancePar()));
        Mois mois = Mois.de(d.dateCalcul());
        DepistagePersonneSuivie depistage = new DepistagePersonneSuivie(new Depisteur(moteur, ReglesAttribution.parDefaut()));
        List<ConstatLu> constats = new ArrayList<>();
        List<DepistagesJdbc.RejetVu> rejets = new ArrayList<>();
        long numero = p.premiereLigne();
        long personnes = 0;
        for (String ligne : p.lignes().split("\n")) {
            long ici = numero++;
            long compte = Long.parseLong(ligne.strip());
            personnes++;
            Optional<SituationsDeclarees.SituationDeclaree> situation = situations.de(compte);
            if (situation.isEmpty()) {
                // Effacée par la personne (ou devenue incomplète) depuis le lancement : on ne la dépiste pas.
                rejets.add(new DepistagesJdbc.RejetVu(ici, ReferencePersonne.menage(compte), "situation",
                        "plus de situation « Mes droits » complète enregistrée pour cette personne (effacée ou incomplète)"));
                continue;
            }
            constats.addAll(depistage.depister(situation.get(), dossiers.droitsPourDepistage(lanceur, compte), mois));
        }
        // Pas de synthèse du jar ici : la page du dépistage fait la sienne à partir des constats enregistrés.
        return new ServiceDepistages.CalculPartition(personnes, constats, rejets, null);
    }
}
