package fr.passerelle.droits.internal.domaine;

import java.time.LocalDate;
import java.util.Arrays;

import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Famille;
import fr.passerelle.moteur.situation.FoyerFiscal;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Menage;
import fr.passerelle.moteur.situation.Scolarite;
import fr.passerelle.moteur.situation.Situation;
import fr.passerelle.moteur.situation.StatutMarital;
import fr.passerelle.moteur.territoire.Communes;

/**
 * Traduit un {@link Foyer} (les réponses) en {@link Situation} du moteur, pour un mois donné.
 *
 * <p>Hypothèses, dites aussi à la personne : les revenus déclarés sont les mêmes chaque mois depuis deux ans
 * (le moteur lit les revenus de l'année N-2 et des 12 derniers mois) ; le salaire net est converti en brut avec
 * le taux moyen d'un salarié du privé non cadre ({@link #PART_NETTE_DU_SALAIRE_BRUT}) ; un couple forme un seul
 * foyer fiscal ; la scolarité des enfants se déduit de leur âge.
 */
public final class SituationDuFoyer {

    /** Salaire net / salaire brut d'un salarié non cadre du secteur privé (cotisations, CSG et CRDS ≈ 22 %). */
    public static final double PART_NETTE_DU_SALAIRE_BRUT = 0.78;

    private final Communes communes;

    public SituationDuFoyer(Communes communes) {
        this.communes = communes;
    }

    public SituationDuFoyer() {
        this(Communes.francaises());
    }

    /** Remplit {@code cible} (vidée d'abord) avec le foyer, pour le mois {@code mois}. */
    public Situation remplir(Foyer foyer, Mois mois, Situation cible) {
        cible.vider();
        cible.id = "foyer";
        cible.mois = mois;
        LocalDate debut = mois.debut();

        int famille = cible.nouvelleFamille("famille");
        int foyerFiscal = cible.nouveauFoyer("foyer_fiscal");
        int menage = cible.nouveauMenage("menage");
        Famille f = cible.famille(famille);
        FoyerFiscal ff = cible.foyer(foyerFiscal);
        Menage m = cible.menage(menage);

        int demandeur = adulte(cible, "demandeur", foyer.age(), foyer.revenus(), foyer.handicap(), debut,
                foyer.enCouple() ? StatutMarital.MARIE : StatutMarital.CELIBATAIRE);
        rattacher(cible, demandeur, famille, foyerFiscal, menage);
        f.parents.ajouter(demandeur);
        ff.declarants.ajouter(demandeur);
        m.personneDeReference.ajouter(demandeur);

        if (foyer.enCouple()) {
            int conjoint = adulte(cible, "conjoint", foyer.ageConjoint(), foyer.revenusConjoint(),
                    foyer.handicapConjoint(), debut, StatutMarital.MARIE);
            rattacher(cible, conjoint, famille, foyerFiscal, menage);
            f.parents.ajouter(conjoint);
            ff.declarants.ajouter(conjoint);
            m.conjoint.ajouter(conjoint);
        }
        for (int e = 0; e < foyer.nombreEnfants(); e++) {
            int age = foyer.agesEnfants().get(e);
            int enfant = cible.nouvelIndividu("enfant" + (e + 1));
            Individu p = cible.individu(enfant);
            p.naissance = naissance(debut, age);
            p.scolarite = scolarite(age);
            p.activite = age >= 16 ? Activite.ETUDIANT : Activite.INACTIF;
            rattacher(cible, enfant, famille, foyerFiscal, menage);
            f.enfants.ajouter(enfant);
            ff.personnesACharge.ajouter(enfant);
            m.enfants.ajouter(enfant);
        }

        m.statutOccupation = foyer.logement().statut();
        if (foyer.logement().locataire()) {
            Arrays.fill(m.loyer, foyer.loyer());
        }
        m.depcom = foyer.commune().codeInsee();
        m.zoneLogement = communes.zoneLogement(m.depcom);
        return cible;
    }

    private static int adulte(Situation s, String id, int age, RevenusMensuels revenus, Handicap handicap,
                              LocalDate debut, StatutMarital statut) {
        int i = s.nouvelIndividu(id);
        Individu p = s.individu(i);
        p.naissance = naissance(debut, age);
        p.statutMarital = statut;
        Arrays.fill(p.salaireDeBase, revenus.salaireNet() / PART_NETTE_DU_SALAIRE_BRUT);
        Arrays.fill(p.retraiteBrute, revenus.retraite());
        Arrays.fill(p.chomageBrut, revenus.chomage());
        Arrays.fill(p.pensionsAlimentairesPercues, revenus.pensionAlimentaire());
        if (revenus.salaireNet() > 0) {
            p.activite = Activite.ACTIF;
        } else if (revenus.chomage() > 0) {
            p.activite = Activite.CHOMEUR;
        } else if (revenus.retraite() > 0) {
            p.activite = Activite.RETRAITE;
        } else {
            p.activite = Activite.INACTIF;
        }
        if (handicap != Handicap.AUCUN) {
            p.handicap = true;
            p.tauxIncapacite = handicap.taux();
            // Entre 50 et 79 %, l'AAH demande aussi une restriction durable d'accès à l'emploi, reconnue par la
            // MDPH : on la suppose, et le résultat est marqué « à vérifier ».
            p.restrictionSubstantielleAccesEmploi = handicap == Handicap.ENTRE_50_ET_79;
        }
        return i;
    }

    private static void rattacher(Situation s, int individu, int famille, int foyerFiscal, int menage) {
        Individu p = s.individu(individu);
        p.famille = famille;
        p.foyerFiscal = foyerFiscal;
        p.menage = menage;
    }

    /** Comme OpenFisca pour un âge sans date : né six mois avant son anniversaire au début du mois. */
    static long naissance(LocalDate debut, int age) {
        return debut.minusYears(age).minusMonths(6).toEpochDay();
    }

    static Scolarite scolarite(int age) {
        if (age < 3) {
            return Scolarite.INCONNUE;
        }
        if (age < 6) {
            return Scolarite.MATERNELLE;
        }
        if (age < 11) {
            return Scolarite.PRIMAIRE;
        }
        if (age < 15) {
            return Scolarite.COLLEGE;
        }
        if (age < 18) {
            return Scolarite.LYCEE;
        }
        return Scolarite.ENSEIGNEMENT_SUPERIEUR;
    }
}
