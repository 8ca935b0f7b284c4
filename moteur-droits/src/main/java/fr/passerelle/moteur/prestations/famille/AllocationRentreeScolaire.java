package fr.passerelle.moteur.prestations.famille;

import fr.passerelle.moteur.calcul.Contexte;
import fr.passerelle.moteur.calcul.Prestation;
import fr.passerelle.moteur.calcul.Socle;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.legislation.Parametre;
import fr.passerelle.moteur.situation.Scolarite;
import fr.passerelle.moteur.situation.Situation;

import java.time.LocalDate;

import static fr.passerelle.moteur.calcul.Montants.euros;

/**
 * Allocation de rentrée scolaire (CSS art. L543-1, R543-1 à R543-6-1, D543-1), montant de l'année : pour chaque
 * enfant à charge qui atteint 6 ans dans l'année civile de la rentrée (ou en janvier suivant s'il est déjà inscrit à
 * l'école élémentaire : R543-2 « avant le 1er février de l'année suivante ») et n'a pas 18 ans révolus au 15 septembre, un montant selon l'âge atteint dans l'année civile (6-10, 11-14, 15 ans et plus). Ressources N-2
 * sous un plafond majoré de 30 % par enfant à charge (compté au 1er octobre, après la rentrée, comme
 * OpenFisca) ; au-dessus, allocation différentielle (montant moins
 * dépassement), non versée sous 15 €.
 */
public final class AllocationRentreeScolaire implements Prestation {

    private static final Variable ARS = Variable.ARS;
    private static final int PREMIERE_ANNEE = 1900;
    private static final LocalDate[] QUINZE_SEPTEMBRE = new LocalDate[300];
    private static final LocalDate[] TRENTE_ET_UN_DECEMBRE = new LocalDate[300];
    private static final LocalDate[] PREMIER_FEVRIER_SUIVANT = new LocalDate[300];
    private static final LocalDate[] PREMIER_AOUT = new LocalDate[300];
    private static final LocalDate[] PREMIER_OCTOBRE = new LocalDate[300];

    static {
        for (int i = 0; i < 300; i++) {
            QUINZE_SEPTEMBRE[i] = LocalDate.of(PREMIERE_ANNEE + i, 9, 15);
            TRENTE_ET_UN_DECEMBRE[i] = LocalDate.of(PREMIERE_ANNEE + i, 12, 31);
            PREMIER_FEVRIER_SUIVANT[i] = LocalDate.of(PREMIERE_ANNEE + i + 1, 2, 1);
            PREMIER_AOUT[i] = LocalDate.of(PREMIERE_ANNEE + i, 8, 1);
            PREMIER_OCTOBRE[i] = LocalDate.of(PREMIERE_ANNEE + i, 10, 1);
        }
    }

    private final RessourcesFamiliales ressources;
    private final Parametre taux610;
    private final Parametre taux1114;
    private final Parametre taux1518;
    private final Parametre ageMinimum;
    private final Parametre ageCollege;
    private final Parametre ageLycee;
    private final Parametre ageLimite;
    private final Parametre plafond;
    private final Parametre majorationParEnfant;
    private final Parametre montantMinimum;

    public AllocationRentreeScolaire(Socle socle) {
        Legislation l = socle.legislation();
        ressources = new RessourcesFamiliales(socle);
        taux610 = l.parametre("prestations_familiales.ars.taux_6_10_ans");
        taux1114 = l.parametre("prestations_familiales.ars.taux_11_14_ans");
        taux1518 = l.parametre("prestations_familiales.ars.taux_15_18_ans");
        ageMinimum = l.parametre("prestations_familiales.ars.age_minimum");
        ageCollege = l.parametre("prestations_familiales.ars.age_college");
        ageLycee = l.parametre("prestations_familiales.ars.age_lycee");
        ageLimite = l.parametre("prestations_familiales.ars.age_limite");
        plafond = l.parametre("prestations_familiales.ars.plafond");
        majorationParEnfant = l.parametre("prestations_familiales.ars.majoration_plafond_par_enfant");
        montantMinimum = l.parametre("prestations_familiales.ars.montant_minimum");
    }

    @Override
    public Variable[] variables() {
        return new Variable[] {ARS};
    }

    @Override
    public void calculer(Contexte c) {
        Trace t = c.trace();
        Situation s = c.situation();
        int annee = c.mois().annee();
        int i0 = annee - PREMIERE_ANNEE;
        LocalDate rentree = QUINZE_SEPTEMBRE[i0];
        LocalDate finAnnee = TRENTE_ET_UN_DECEMBRE[i0];
        LocalDate aout = PREMIER_AOUT[i0];
        int ageMin = (int) ageMinimum.a(rentree);
        int ageMax = (int) ageLimite.a(rentree);
        int college = (int) ageCollege.a(rentree);
        int lycee = (int) ageLycee.a(rentree);
        int limiteACharge = ressources.ageLimite(c);
        double bmaf = ressources.parametreBmaf().a(aout);
        int enfantsACharge = 0;
        int ouvrantDroit = 0;
        double montant = 0;
        for (int i = 0; i < c.nombreEnfants(); i++) {
            int e = c.enfant(i);
            if (ressources.autonome(c, e)) {
                continue;
            }
            int ageRentree = s.age(e, rentree);
            int ageOctobre = s.age(e, PREMIER_OCTOBRE[i0]);
            if (ageOctobre >= 0 && ageOctobre < limiteACharge) {
                enfantsACharge++;
            }
            int ageDansLAnnee = s.age(e, finAnnee);
            boolean sixAnsDansLAnnee = ageDansLAnnee >= ageMin;
            boolean sixAnsEnJanvierEtAuCp = !sixAnsDansLAnnee && s.age(e, PREMIER_FEVRIER_SUIVANT[i0]) >= ageMin
                    && s.individu(e).scolarite == Scolarite.PRIMAIRE;
            if (!(sixAnsDansLAnnee || sixAnsEnJanvierEtAuCp) || ageRentree >= ageMax) {
                if (t.active() && ageDansLAnnee >= ageMin - 1 && ageRentree <= ageMax) {
                    t.etape(ARS, ageRentree >= ageMax
                            ? "Enfant de " + ageRentree + " ans au 15 septembre " + annee + " : " + ageMax + " ans révolus, plus de droit"
                            : "Enfant de " + ageDansLAnnee + " ans au 31 décembre " + annee + " : pas encore " + ageMin
                                    + " ans (ou pas inscrit à l'école élémentaire)", 0);
                }
                continue;
            }
            double taux = ageDansLAnnee >= lycee ? taux1518.a(rentree) : ageDansLAnnee >= college ? taux1114.a(rentree) : taux610.a(rentree);
            ouvrantDroit++;
            montant += bmaf * taux;
            if (t.active()) {
                t.etape(ARS, "Enfant de " + ageDansLAnnee + " ans au 31 décembre " + annee + " ("
                        + String.format(java.util.Locale.FRANCE, "%.2f", taux * 100) + " % de la BMAF)", bmaf * taux);
            }
        }
        if (t.active()) {
            t.condition(ARS, "Au moins un enfant de " + ageMin + " à " + ageMax + " ans à la rentrée " + annee, ouvrantDroit > 0,
                    ouvrantDroit > 0 ? "La famille a " + ouvrantDroit + " enfant(s) d'âge scolaire à la rentrée " + annee + "."
                            : "Aucun enfant n'a " + ageMin + " ans avant le 1er février " + (annee + 1) + " sans avoir " + ageMax
                                    + " ans au 15 septembre " + annee + ".");
        }
        if (ouvrantDroit == 0) {
            c.resultats().set(ARS, 0);
            return;
        }
        double plafondFamille = plafond.a(rentree) * (1 + majorationParEnfant.a(rentree) * enfantsACharge);
        double r = ressources.baseRessources(c);
        double ars = r <= plafondFamille ? montant : Math.max(0, montant - (r - plafondFamille));
        boolean verse = ars >= montantMinimum.a(rentree);
        if (!verse) {
            ars = 0;
        }
        if (t.active()) {
            t.etape(ARS, "Ressources de l'année " + (annee - 2), r);
            t.etape(ARS, "Plafond pour " + enfantsACharge + " enfant(s) à charge", plafondFamille);
            if (r <= plafondFamille) {
                t.condition(ARS, "Ressources sous le plafond", true,
                        "Vos ressources (" + euros(r) + ") ne dépassent pas le plafond (" + euros(plafondFamille) + ").");
            } else {
                t.condition(ARS, "Ressources sous le plafond", verse, "Vos ressources (" + euros(r) + ") dépassent le plafond ("
                        + euros(plafondFamille) + ") de " + euros(r - plafondFamille) + (verse
                        ? " : une allocation différentielle est versée." : " : l'allocation différentielle serait inférieure à "
                        + euros(montantMinimum.a(rentree)) + "."));
            }
            t.etape(ARS, "Allocation de rentrée scolaire " + annee, ars);
        }
        c.resultats().set(ARS, ars);
    }
}
