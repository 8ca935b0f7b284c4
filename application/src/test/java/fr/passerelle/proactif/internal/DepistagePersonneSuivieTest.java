package fr.passerelle.proactif.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.passerelle.depistage.Depisteur;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.dossiers.DroitAuDossier;
import fr.passerelle.dossiers.DroitAuDossier.Statut;
import fr.passerelle.droits.SituationsDeclarees.SituationDeclaree;
import fr.passerelle.droits.internal.domaine.Foyer;
import fr.passerelle.droits.internal.domaine.Handicap;
import fr.passerelle.droits.internal.domaine.Logement;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import fr.passerelle.droits.internal.domaine.RevenusMensuels;
import fr.passerelle.droits.internal.domaine.SituationDuFoyer;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.proactif.internal.domaine.ConstatLu;
import fr.passerelle.proactif.internal.domaine.DepistagePersonneSuivie;

/**
 * Une personne suivie dépistée avec le vrai moteur : seule, sans revenu, locataire à Bordeaux (550 €), ce qui ouvre
 * RSA, aide au logement et complémentaire santé solidaire gratuite. Ce que dit son dossier change les constats.
 */
class DepistagePersonneSuivieTest {

    static final Moteur MOTEUR = Moteur.francais();
    static final Mois MOIS = Mois.de("2025-07");

    final DepistagePersonneSuivie depistage = new DepistagePersonneSuivie(new Depisteur(MOTEUR, ReglesAttribution.parDefaut()));
    final SituationDeclaree situation;

    DepistagePersonneSuivieTest() {
        Foyer foyer = new Foyer(40, null, List.of(), RevenusMensuels.AUCUN, RevenusMensuels.AUCUN, Handicap.AUCUN, Handicap.AUCUN,
                Logement.LOCATAIRE, 550, RepertoireCommunes.depuisRessource().parCle("33063-33000").orElseThrow());
        situation = new SituationDeclaree(7, "33063", Instant.EPOCH, (mois, cible) -> new SituationDuFoyer().remplir(foyer, mois, cible));
    }

    List<String> constats(List<DroitAuDossier> droits) {
        return depistage.depister(situation, droits, MOIS).stream().map(c -> c.nature() + " " + c.prestation() + " " + c.montantCentimes())
                .toList();
    }

    @Test
    void sans_rien_au_dossier_ce_que_le_moteur_calcule_est_a_demander_ou_attribue_avec_l_identifiant_de_la_personne() {
        List<ConstatLu> lus = depistage.depister(situation, List.of(), MOIS);
        assertThat(lus).filteredOn(ConstatLu::aDemander).extracting(ConstatLu::prestation).contains("rsa", "aide_logement", "cmu_c");
        // Le chèque énergie est envoyé sans demande : une attribution (règle du jar), pas un droit à demander.
        assertThat(lus).filteredOn(c -> c.nature().equals("ATTRIBUTION")).extracting(ConstatLu::regle)
                .containsExactly("cheque_energie_sans_demande");
        assertThat(lus).noneMatch(c -> c.nature().equals("A_VERIFIER"));
        assertThat(lus).allMatch(c -> c.identifiant().equals("compte-7/" + c.prestation() + "/2025-07")
                && c.departement().equals("33") && c.menage().equals("compte-7"));
    }

    @Test
    void accorde_est_percu_demande_n_est_plus_a_demander_et_un_droit_accorde_non_calcule_est_a_verifier_au_montant_du_dossier() {
        List<String> c = constats(List.of(
                new DroitAuDossier(1, "aide_logement", 310, "par mois", Statut.ACCORDE),
                new DroitAuDossier(1, "rsa", 0, "par mois", Statut.DEMANDE),
                new DroitAuDossier(1, "aah", 900, "par mois", Statut.ACCORDE),
                new DroitAuDossier(1, "asf", 0, "par mois", Statut.ACCORDE),
                new DroitAuDossier(1, "droit_inconnu", 12, "par mois", Statut.ACCORDE)));
        assertThat(c).noneMatch(l -> l.contains(" rsa") || l.contains(" aide_logement"));
        assertThat(c).contains("A_VERIFIER aah 90000", "A_VERIFIER asf 0").contains("A_DEMANDER cmu_c 0");
    }

    @Test
    void la_complementaire_sante_du_dossier_vaut_la_forme_que_le_moteur_calcule() {
        assertThat(constats(List.of(new DroitAuDossier(1, "css", 0, "par mois", Statut.ACCORDE))))
                .noneMatch(l -> l.contains("cmu_c") || l.contains("css_participation_forfaitaire"));
        assertThat(constats(List.of(new DroitAuDossier(1, "css", 0, "par mois", Statut.DEMANDE))))
                .noneMatch(l -> l.contains("cmu_c") || l.contains("css_participation_forfaitaire"));
        // Refusée : pas perçue, donc à demander de nouveau si le moteur la calcule.
        assertThat(constats(List.of(new DroitAuDossier(1, "css", 0, "par mois", Statut.REFUSE)))).contains("A_DEMANDER cmu_c 0");
    }
}
