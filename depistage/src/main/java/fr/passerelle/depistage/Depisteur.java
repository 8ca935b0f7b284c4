package fr.passerelle.depistage;

import fr.passerelle.depistage.internal.MenageLu;
import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Situation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Dépiste un ménage après l'autre sur un même fil : le calculateur du moteur et la situation sont réutilisés
 * (un dépisteur par fil, ou par partition Spark). Compare ce que le moteur calcule à ce que le ménage perçoit.
 */
public final class Depisteur {

    private static final Variable[] VARIABLES = Variable.toutes();

    private final Calculateur calculateur;
    private final Situation situation = new Situation();
    private final ReglesAttribution regles;
    private long nanosMoteur;

    public Depisteur(Moteur moteur, ReglesAttribution regles) {
        this.calculateur = moteur.calculateur();
        this.regles = regles;
    }

    /** La situation de travail de ce fil (les lecteurs y chargent le ménage qu'ils lisent). */
    public Situation situation() {
        return situation;
    }

    /** Dépiste le ménage au mois donné (son propre mois si {@code mois} est nul). */
    public ResultatMenage depister(MenageLu menage, Mois mois, long ligne) {
        Mois periode = mois == null ? menage.periode : mois;
        long[] calcule = calculer(menage, periode);
        long[] percu = menage.percuCentimes;
        List<Attribution> attributions = new ArrayList<>(2);
        Set<Variable> attribuees = EnumSet.noneOf(Variable.class);
        for (ReglesAttribution.Regle r : regles.regles()) {
            if (r.sApplique(percu, calcule) && attribuees.add(r.attribuer())) {
                attributions.add(new Attribution(Constat.identifiant(menage.id, r.attribuer(), periode), r.attribuer(), r.id(), r.reference()));
            }
        }
        List<Constat> constats = new ArrayList<>(4);
        for (Variable v : Prestations.DEPISTEES) {
            int i = v.ordinal();
            if (calcule[i] > 0 && percu[i] == 0 && !attribuees.contains(v)) {
                constats.add(constat(menage.id, Nature.A_DEMANDER, v, periode, calcule[i]));
            } else if (percu[i] > 0 && calcule[i] == 0) {
                constats.add(constat(menage.id, Nature.A_VERIFIER, v, periode, percu[i]));
            }
        }
        return new ResultatMenage(ligne, menage.id, periode, menage.departement, List.copyOf(constats), List.copyOf(attributions), calcule);
    }

    /**
     * Dépiste un ménage décrit ailleurs que dans un fichier (par exemple la situation qu'une personne a déclarée dans
     * l'application) : mêmes règles, mêmes identifiants de constat que pour une ligne lue.
     *
     * @param id        identifiant du ménage (entre dans l'identifiant des constats)
     * @param depcom    code INSEE de la commune (pour le département de la synthèse), ou {@code null}
     * @param chargement remplit la situation du moteur (vidée d'abord) pour un mois
     * @param percus    ce que le ménage perçoit déjà, en centimes (unité du moteur ; 1 pour un droit oui/non)
     */
    public ResultatMenage depister(String id, String depcom, Mois periode, BiConsumer<Mois, Situation> chargement,
                                   Map<Variable, Long> percus) {
        long[] percuCentimes = new long[VARIABLES.length];
        percus.forEach((v, centimes) -> percuCentimes[v.ordinal()] = centimes);
        MenageLu menage = new MenageLu(id, periode, MenageLu.departement(depcom), percuCentimes) {
            @Override
            public void charger(Mois mois, Situation cible) {
                chargement.accept(mois, cible);
            }
        };
        return depister(menage, periode, 0);
    }

    private long[] calculer(MenageLu menage, Mois periode) {
        long t0 = System.nanoTime();
        menage.charger(periode, situation);
        Resultats r = calculateur.calculer(situation, Trace.AUCUNE);
        nanosMoteur += System.nanoTime() - t0;
        long[] calcule = new long[VARIABLES.length];
        for (Variable v : VARIABLES) {
            calcule[v.ordinal()] = v.booleenne() ? (r.oui(v) ? 1 : 0) : Math.max(0, Prestations.enCentimes(r.get(v)));
        }
        return calcule;
    }

    /** Temps passé dans le moteur (chargement de la situation et calcul) par ce dépisteur, en nanosecondes. */
    public long nanosMoteur() {
        return nanosMoteur;
    }

    private static Constat constat(String menage, Nature nature, Variable v, Mois periode, long centimes) {
        long montant = Prestations.versee(v) ? centimes : 0;
        return new Constat(Constat.identifiant(menage, v, periode), nature, v, montant, Prestations.annuelEnCentimes(v, montant));
    }
}
