package fr.passerelle.moteur.lot;

import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Scolarite;
import fr.passerelle.moteur.situation.StatutMarital;
import fr.passerelle.moteur.situation.StatutOccupationLogement;
import fr.passerelle.moteur.territoire.Communes;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Ménages synthétiques reproductibles (graine donnée), de la forme des cas de référence : une ou deux
 * personnes adultes, zéro à quatre enfants, salaires, pensions, handicap, logement. Sert aux bancs d'essai
 * et au dépistage à l'échelle nationale ; ce ne sont pas des personnes réelles.
 */
public final class GenerateurMenages {

    private static final String[] COMMUNES = {"75056", "13055", "69123", "31555", "33063", "59350", "35238", "23096", "19272", "15014", "92012", "93066", "63113"};
    private static final StatutOccupationLogement[] OCCUPATIONS = {
            StatutOccupationLogement.LOCATAIRE_VIDE, StatutOccupationLogement.LOCATAIRE_VIDE, StatutOccupationLogement.LOCATAIRE_HLM,
            StatutOccupationLogement.PROPRIETAIRE, StatutOccupationLogement.LOCATAIRE_MEUBLE, StatutOccupationLogement.LOGE_GRATUITEMENT};

    private final SplittableRandom hasard;
    private final Communes communes = Communes.francaises();

    public GenerateurMenages(long graine) {
        this.hasard = new SplittableRandom(graine);
    }

    /** Remplit le lot jusqu'à sa capacité. */
    public void remplir(LotDeMenages lot) {
        lot.vider();
        while (lot.taille() < lot.capacite()) {
            ajouterUnMenage(lot);
        }
    }

    public void ajouterUnMenage(LotDeMenages lot) {
        Mois mois = lot.mois();
        LocalDate reference = mois.debut();
        int adultes = hasard.nextInt(100) < 50 ? 1 : 2;
        int enfants = hasard.nextInt(100) < 45 ? 0 : 1 + hasard.nextInt(4);
        StatutMarital union = adultes == 1 ? StatutMarital.CELIBATAIRE
                : hasard.nextBoolean() ? StatutMarital.MARIE : (hasard.nextBoolean() ? StatutMarital.PACSE : StatutMarital.CELIBATAIRE);
        int ageAdulte = enfants > 0 ? 22 + hasard.nextInt(30) : 18 + hasard.nextInt(75);
        LotDeMenages.Personne[] personnes = new LotDeMenages.Personne[adultes + enfants];
        for (int i = 0; i < adultes; i++) {
            int age = Math.max(18, ageAdulte + hasard.nextInt(7) - 3);
            personnes[i] = adulte(reference, age, union);
        }
        for (int i = 0; i < enfants; i++) {
            int age = hasard.nextInt(Math.min(21, ageAdulte - 17));
            personnes[adultes + i] = enfant(reference, age);
        }
        StatutOccupationLogement occupation = OCCUPATIONS[hasard.nextInt(OCCUPATIONS.length)];
        double loyer = occupation.locataire() ? 300 + hasard.nextInt(900) : 0;
        String depcom = COMMUNES[hasard.nextInt(COMMUNES.length)];
        boolean commune = union == StatutMarital.MARIE || union == StatutMarital.PACSE;
        lot.ajouter(adultes, enfants, commune, occupation, loyer, depcom, communes.zoneLogement(depcom), personnes);
    }

    private LotDeMenages.Personne adulte(LocalDate reference, int age, StatutMarital union) {
        double salaire = 0;
        double retraite = 0;
        Activite activite;
        if (age >= 63) {
            activite = Activite.RETRAITE;
            retraite = hasard.nextInt(100) < 85 ? 4_000 + hasard.nextInt(30_000) : 0;
        } else {
            int tirage = hasard.nextInt(100);
            if (tirage < 55) {
                activite = Activite.ACTIF;
                salaire = 6_000 + hasard.nextInt(50_000);
            } else if (tirage < 70) {
                activite = Activite.CHOMEUR;
            } else if (tirage < 78 && age < 28) {
                activite = Activite.ETUDIANT;
            } else {
                activite = Activite.INACTIF;
            }
        }
        double taux = hasard.nextInt(100) < 8 ? (hasard.nextBoolean() ? 0.8 : 0.5) : 0;
        boolean restriction = taux == 0.5 && hasard.nextBoolean();
        return new LotDeMenages.Personne(naissance(reference, age), activite, union, Scolarite.INCONNUE, taux, restriction,
                new double[] {salaire, salaire, salaire}, new double[] {retraite, retraite, retraite});
    }

    private LotDeMenages.Personne enfant(LocalDate reference, int age) {
        Scolarite scolarite = age < 3 ? Scolarite.INCONNUE : age < 6 ? Scolarite.MATERNELLE : age < 11 ? Scolarite.PRIMAIRE
                : age < 15 ? Scolarite.COLLEGE : age < 18 ? Scolarite.LYCEE : Scolarite.ENSEIGNEMENT_SUPERIEUR;
        return new LotDeMenages.Personne(naissance(reference, age), age >= 18 ? Activite.ETUDIANT : Activite.INACTIF,
                StatutMarital.CELIBATAIRE, scolarite, 0, false, new double[3], new double[3]);
    }

    private long naissance(LocalDate reference, int age) {
        return reference.minusYears(age).minusDays(1 + hasard.nextInt(364)).toEpochDay();
    }
}
