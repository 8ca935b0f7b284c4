package fr.passerelle.moteur.situation;

/**
 * Conversion d'un jour (depuis le 1970-01-01) en année, mois et jour par le seul calcul entier
 * (algorithme « days from civil » inverse de H. Hinnant), pour que le calcul des âges n'alloue rien.
 * Le résultat est rangé dans un entier : année × 10 000 + mois × 100 + jour.
 */
final class Calendrier {

    private Calendrier() {
    }

    static int civil(long jourEpoch) {
        long z = jourEpoch + 719_468;
        long ere = Math.floorDiv(z, 146_097);
        long jourDeLEre = z - ere * 146_097;
        long anneeDeLEre = (jourDeLEre - jourDeLEre / 1_460 + jourDeLEre / 36_524 - jourDeLEre / 146_096) / 365;
        long annee = anneeDeLEre + ere * 400;
        long jourDeLAnnee = jourDeLEre - (365 * anneeDeLEre + anneeDeLEre / 4 - anneeDeLEre / 100);
        long mp = (5 * jourDeLAnnee + 2) / 153;
        int jour = (int) (jourDeLAnnee - (153 * mp + 2) / 5 + 1);
        int mois = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (mois <= 2) {
            annee++;
        }
        return (int) annee * 10_000 + mois * 100 + jour;
    }

    static int annee(int civil) {
        return civil / 10_000;
    }

    static int mois(int civil) {
        return civil / 100 % 100;
    }

    static int jour(int civil) {
        return civil % 100;
    }
}
