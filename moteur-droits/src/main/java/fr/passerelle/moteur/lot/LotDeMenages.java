package fr.passerelle.moteur.lot;

import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Famille;
import fr.passerelle.moteur.situation.Fenetre;
import fr.passerelle.moteur.situation.FoyerFiscal;
import fr.passerelle.moteur.situation.Individu;
import fr.passerelle.moteur.situation.Menage;
import fr.passerelle.moteur.situation.Scolarite;
import fr.passerelle.moteur.situation.Situation;
import fr.passerelle.moteur.situation.StatutMarital;
import fr.passerelle.moteur.situation.StatutOccupationLogement;

/**
 * Des ménages gardés en mémoire sous forme compacte (tableaux de primitives), pour le calcul par lots :
 * un ménage d'une famille, d'un ménage et d'un ou deux foyers fiscaux (la forme des échanges entre
 * administrations). {@link #charger} remplit une {@link Situation} réutilisée : aucune allocation par ménage.
 *
 * <p>Les montants sont gardés par année (N-2, N-1, N) et étalés sur les mois au chargement,
 * comme un montant annuel dans une situation OpenFisca.
 */
public final class LotDeMenages {

    public static final int MAX_PERSONNES = 8;
    private static final int ANNEES = 3;
    private static final Activite[] ACTIVITES = Activite.values();
    private static final StatutMarital[] STATUTS = StatutMarital.values();
    private static final Scolarite[] SCOLARITES = Scolarite.values();
    private static final StatutOccupationLogement[] OCCUPATIONS = StatutOccupationLogement.values();

    private final int capacite;
    private final Mois mois;
    private int taille;

    private final byte[] nombreAdultes;
    private final byte[] nombreEnfants;
    /** Les deux adultes déclarent-ils ensemble (mariés ou pacsés) ? */
    private final boolean[] declarationCommune;
    private final byte[] occupation;
    private final float[] loyerMensuel;
    private final String[] depcom;
    private final byte[] zone;

    private final int[] naissance;
    private final byte[] activite;
    private final byte[] statutMarital;
    private final byte[] scolarite;
    private final float[] tauxIncapacite;
    private final boolean[] restrictionEmploi;
    private final float[] salaireAnnuel;
    private final float[] retraiteAnnuelle;

    public LotDeMenages(int capacite, Mois mois) {
        this.capacite = capacite;
        this.mois = mois;
        nombreAdultes = new byte[capacite];
        nombreEnfants = new byte[capacite];
        declarationCommune = new boolean[capacite];
        occupation = new byte[capacite];
        loyerMensuel = new float[capacite];
        depcom = new String[capacite];
        zone = new byte[capacite];
        int personnes = capacite * MAX_PERSONNES;
        naissance = new int[personnes];
        activite = new byte[personnes];
        statutMarital = new byte[personnes];
        scolarite = new byte[personnes];
        tauxIncapacite = new float[personnes];
        restrictionEmploi = new boolean[personnes];
        salaireAnnuel = new float[personnes * ANNEES];
        retraiteAnnuelle = new float[personnes * ANNEES];
    }

    /** Octets gardés par ménage : de quoi dimensionner un lot pour un tas donné. */
    public static long octetsParMenage() {
        return 1 + 1 + 1 + 1 + 4 + 8 + 1 + (long) MAX_PERSONNES * (4 + 1 + 1 + 1 + 4 + 1 + 4 * ANNEES * 2);
    }

    public int taille() {
        return taille;
    }

    public int capacite() {
        return capacite;
    }

    public Mois mois() {
        return mois;
    }

    public void vider() {
        taille = 0;
    }

    /** Un adulte ou un enfant à ajouter : montants annuels bruts des années N-2, N-1 et N. */
    public record Personne(long naissanceEpochDay, Activite activite, StatutMarital statutMarital, Scolarite scolarite,
                           double tauxIncapacite, boolean restrictionEmploi, double[] salaireParAnnee, double[] retraiteParAnnee) {
    }

    /** Ajoute un ménage ; rend son rang dans le lot. */
    public int ajouter(int adultes, int enfants, boolean declarationCommune, StatutOccupationLogement occupation,
                       double loyerMensuel, String depcom, int zone, Personne... personnes) {
        if (taille == capacite) {
            throw new IllegalStateException("lot plein (" + capacite + " ménages)");
        }
        if (adultes < 1 || adultes > 2 || adultes + enfants != personnes.length || personnes.length > MAX_PERSONNES) {
            throw new IllegalArgumentException("un ménage a 1 ou 2 adultes et au plus " + (MAX_PERSONNES - 2) + " enfants");
        }
        int m = taille++;
        nombreAdultes[m] = (byte) adultes;
        nombreEnfants[m] = (byte) enfants;
        this.declarationCommune[m] = declarationCommune;
        this.occupation[m] = (byte) occupation.ordinal();
        this.loyerMensuel[m] = (float) loyerMensuel;
        this.depcom[m] = depcom;
        this.zone[m] = (byte) zone;
        for (int i = 0; i < personnes.length; i++) {
            int p = m * MAX_PERSONNES + i;
            Personne q = personnes[i];
            naissance[p] = (int) q.naissanceEpochDay();
            activite[p] = (byte) q.activite().ordinal();
            statutMarital[p] = (byte) q.statutMarital().ordinal();
            scolarite[p] = (byte) q.scolarite().ordinal();
            tauxIncapacite[p] = (float) q.tauxIncapacite();
            restrictionEmploi[p] = q.restrictionEmploi();
            for (int a = 0; a < ANNEES; a++) {
                salaireAnnuel[p * ANNEES + a] = (float) q.salaireParAnnee()[a];
                retraiteAnnuelle[p * ANNEES + a] = (float) q.retraiteParAnnee()[a];
            }
        }
        return m;
    }

    /** Remplit {@code cible} avec le ménage {@code m} : même structure que les cas OpenFisca (une famille, un ménage). */
    public void charger(int m, Situation cible) {
        cible.vider();
        cible.id = null;
        cible.mois = mois;
        int adultes = nombreAdultes[m];
        int enfants = nombreEnfants[m];
        int f = cible.nouvelleFamille(null);
        int men = cible.nouveauMenage(null);
        Famille famille = cible.famille(f);
        Menage menage = cible.menage(men);
        int foyer1 = cible.nouveauFoyer(null);
        int foyer2 = adultes == 2 && !declarationCommune[m] ? cible.nouveauFoyer(null) : foyer1;
        for (int i = 0; i < adultes + enfants; i++) {
            int p = m * MAX_PERSONNES + i;
            int k = cible.nouvelIndividu(null);
            Individu ind = cible.individu(k);
            ind.naissance = naissance[p];
            ind.activite = ACTIVITES[activite[p]];
            ind.statutMarital = STATUTS[statutMarital[p]];
            ind.scolarite = SCOLARITES[scolarite[p]];
            ind.tauxIncapacite = tauxIncapacite[p];
            ind.handicap = tauxIncapacite[p] > 0;
            ind.restrictionSubstantielleAccesEmploi = restrictionEmploi[p];
            for (int a = 0; a < ANNEES; a++) {
                double salaire = salaireAnnuel[p * ANNEES + a] / 12.0;
                double retraite = retraiteAnnuelle[p * ANNEES + a] / 12.0;
                for (int mo = 0; mo < 12; mo++) {
                    ind.salaireDeBase[a * 12 + mo] = salaire;
                    ind.retraiteBrute[a * 12 + mo] = retraite;
                }
            }
            ind.famille = f;
            ind.menage = men;
            FoyerFiscal foyer;
            if (i < adultes) {
                famille.parents.ajouter(k);
                (i == 0 ? menage.personneDeReference : menage.conjoint).ajouter(k);
                ind.foyerFiscal = i == 0 ? foyer1 : foyer2;
                foyer = cible.foyer(ind.foyerFiscal);
                foyer.declarants.ajouter(k);
            } else {
                famille.enfants.ajouter(k);
                menage.enfants.ajouter(k);
                ind.foyerFiscal = foyer1;
                cible.foyer(foyer1).personnesACharge.ajouter(k);
            }
        }
        double loyer = loyerMensuel[m];
        for (int mo = 0; mo < Fenetre.TAILLE; mo++) {
            menage.loyer[mo] = loyer;
        }
        menage.statutOccupation = OCCUPATIONS[occupation[m]];
        menage.depcom = depcom[m];
        menage.zoneLogement = zone[m];
    }
}
