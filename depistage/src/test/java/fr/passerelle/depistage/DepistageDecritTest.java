package fr.passerelle.depistage;

import fr.passerelle.depistage.internal.FormatPlat;
import fr.passerelle.depistage.internal.LecturePlate;
import fr.passerelle.depistage.internal.MenageLu;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Un ménage décrit par l'application (chargement de la situation + ce qu'il perçoit) donne exactement les constats et
 * les attributions du même ménage lu dans un fichier : mêmes règles, mêmes identifiants, mêmes montants.
 */
class DepistageDecritTest {

    @Test
    void un_menage_decrit_est_depiste_comme_le_meme_menage_lu() {
        Mois periode = new Mois(2025, 7);
        GenerateurPopulation generateur = new GenerateurPopulation(Execution.MOTEUR, 11, periode);
        LecturePlate lecture = new LecturePlate(FormatPlat.decouper(GenerateurPopulation.enTete()));
        Depisteur depisteur = new Depisteur(Execution.MOTEUR, ReglesAttribution.parDefaut());
        int avecConstat = 0;
        for (int i = 0; i < 300; i++) {
            String[] champs = FormatPlat.decouper(generateur.ligne("M" + i));
            MenageLu lu = lecture.lire(champs, i + 2);
            ResultatMenage attendu = depisteur.depister(lu, null, i + 2);
            Map<Variable, Long> percus = new EnumMap<>(Variable.class);
            for (Variable v : Variable.toutes()) {
                if (lu.percuCentimes[v.ordinal()] != 0) {
                    percus.put(v, lu.percuCentimes[v.ordinal()]);
                }
            }
            String depcom = champs[FormatPlat.COLONNES.indexOf("depcom")];
            ResultatMenage decrit = depisteur.depister("M" + i, depcom, periode, lu::charger, percus);
            assertThat(decrit.constats()).isEqualTo(attendu.constats());
            assertThat(decrit.attributions()).isEqualTo(attendu.attributions());
            assertThat(decrit.departement()).isEqualTo(attendu.departement());
            avecConstat += attendu.sansConstat() ? 0 : 1;
        }
        assertThat(avecConstat).isPositive();
    }
}
