package fr.passerelle.proactif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.passerelle.proactif.internal.domaine.ConstatLu;
import fr.passerelle.proactif.internal.domaine.Decoupage;
import fr.passerelle.proactif.internal.domaine.Organisme;
import fr.passerelle.proactif.internal.domaine.PrestationExpliquee;
import fr.passerelle.proactif.internal.domaine.ReferencePersonne;

/** Découpage en partitions, lien ménage → compte, lecture des constats, mots simples des montants. */
class DomaineProactifTest {

    @Test
    void le_decoupage_garde_les_numeros_de_ligne_du_fichier_et_saute_l_entete() {
        List<Decoupage.Morceau> m = Decoupage.decouper(List.of("entete", "a", "b", "c", "d", "e"), true, 2);
        assertThat(m).extracting(Decoupage.Morceau::premiereLigne).containsExactly(2L, 4L, 6L);
        assertThat(m).extracting(Decoupage.Morceau::lignes).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
        assertThat(Decoupage.decouper(List.of("x", "y", "z"), false, 2)).extracting(Decoupage.Morceau::premiereLigne)
                .containsExactly(1L, 3L);
        assertThatThrownBy(() -> Decoupage.decouper(List.of("x"), false, 0)).hasMessageContaining("au moins 1 ligne");
    }

    @Test
    void seul_compte_suivi_d_un_numero_designe_une_personne_de_passerelle() {
        assertThat(ReferencePersonne.compte("compte-42")).hasValue(42);
        assertThat(ReferencePersonne.compte("compte-0")).isEmpty();
        assertThat(ReferencePersonne.compte("compte-42x")).isEmpty();
        assertThat(ReferencePersonne.compte("M42")).isEmpty();
        assertThat(ReferencePersonne.menage(7)).isEqualTo("compte-7");
    }

    @Test
    void une_ligne_de_constats_devient_un_constat_par_prestation_en_centimes() {
        List<ConstatLu> lus = ServiceDepistages.lireConstats("""
                {"menage":"M42","periode":"2025-07","departement":"33",
                 "a_demander":[{"constat":"M42/ppa/2025-07","prestation":"ppa","montant":169.14,"montant_annuel":2029.68}],
                 "a_verifier":[{"constat":"M42/aah/2025-07","prestation":"aah","montant":900.00,"montant_annuel":10800.00}],
                 "attributions":[{"constat":"M42/cmu_c/2025-07","prestation":"cmu_c","regle":"rsa_css_gratuite"}]}""");
        assertThat(lus).containsExactly(
                new ConstatLu("M42/ppa/2025-07", "M42", "2025-07", "33", "A_DEMANDER", "ppa", 16914, 202968, null),
                new ConstatLu("M42/aah/2025-07", "M42", "2025-07", "33", "A_VERIFIER", "aah", 90000, 1080000, null),
                new ConstatLu("M42/cmu_c/2025-07", "M42", "2025-07", "33", "ATTRIBUTION", "cmu_c", 0, 0, "rsa_css_gratuite"));
    }

    @Test
    void chaque_prestation_depistee_a_ses_mots_et_son_organisme() {
        for (String p : List.of("rsa", "ppa", "af", "aide_logement", "aah", "asf", "cf", "ars", "paje_base", "cmu_c",
                "css_participation_forfaitaire", "cheque_energie", "aspa", "bourse_college", "bourse_lycee")) {
            assertThat(PrestationExpliquee.de(p)).as(p).isPresent();
        }
        assertThat(PrestationExpliquee.de("ppa").orElseThrow().montantEnMots(16914)).isEqualTo("environ 169 € par mois");
        assertThat(PrestationExpliquee.de("ars").orElseThrow().montantEnMots(42_000)).isEqualTo("environ 420 € par an");
        assertThat(PrestationExpliquee.de("cmu_c").orElseThrow().montantEnMots(0)).isEmpty();
        assertThat(PrestationExpliquee.de("cmu_c").orElseThrow().organisme()).isEqualTo(Organisme.ASSURANCE_MALADIE);
        assertThat(Organisme.parSegment("caf")).hasValue(Organisme.CAF);
        assertThat(Organisme.parSegment("inconnu")).isEmpty();
    }
}
