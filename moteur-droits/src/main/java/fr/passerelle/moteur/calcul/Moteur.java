package fr.passerelle.moteur.calcul;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.prestations.education.BoursesScolaires;
import fr.passerelle.moteur.prestations.energie.ChequeEnergie;
import fr.passerelle.moteur.prestations.famille.AllocationRentreeScolaire;
import fr.passerelle.moteur.prestations.famille.AllocationSoutienFamilial;
import fr.passerelle.moteur.prestations.famille.AllocationsFamiliales;
import fr.passerelle.moteur.prestations.famille.ComplementFamilial;
import fr.passerelle.moteur.prestations.famille.PajeAllocationDeBase;
import fr.passerelle.moteur.prestations.handicap.Aah;
import fr.passerelle.moteur.prestations.logement.AidesAuLogement;
import fr.passerelle.moteur.prestations.minima.PrimeActivite;
import fr.passerelle.moteur.prestations.minima.Rsa;
import fr.passerelle.moteur.prestations.sante.ComplementaireSanteSolidaire;
import fr.passerelle.moteur.prestations.vieillesse.Aspa;
import fr.passerelle.moteur.situation.Situation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Le moteur : la législation chargée et les prestations dans l'ordre où elles se lisent les unes les autres
 * (les prestations familiales entrent dans les ressources du RSA, l'aide au logement dans son forfait…).
 * Immuable et partagé entre fils ; chaque fil calcule avec son propre {@link Calculateur}.
 */
public final class Moteur {

    private final Legislation legislation;
    private final Socle socle;
    private final List<Prestation> prestations;

    public Moteur(Legislation legislation) {
        this.legislation = legislation;
        this.socle = Socle.de(legislation);
        this.prestations = List.of(
                new AllocationsFamiliales(socle),
                new PajeAllocationDeBase(socle),
                new ComplementFamilial(socle),
                new AllocationSoutienFamilial(socle),
                new AllocationRentreeScolaire(socle),
                new Aah(socle),
                new Aspa(socle),
                new AidesAuLogement(socle),
                new Rsa(socle),
                new PrimeActivite(socle),
                new ComplementaireSanteSolidaire(socle),
                new ChequeEnergie(socle),
                new BoursesScolaires(socle));
        verifierCouverture();
    }

    public static Moteur francais() {
        return new Moteur(Legislation.francaise());
    }

    public Legislation legislation() {
        return legislation;
    }

    public Socle socle() {
        return socle;
    }

    List<Prestation> prestations() {
        return prestations;
    }

    public Calculateur calculateur() {
        return new Calculateur(this);
    }

    private void verifierCouverture() {
        Set<Variable> ecrites = EnumSet.noneOf(Variable.class);
        for (Prestation p : prestations) {
            for (Variable v : p.variables()) {
                if (!ecrites.add(v)) {
                    throw new IllegalStateException("la variable " + v.nom() + " est écrite par deux prestations");
                }
            }
        }
        Set<Variable> manquantes = EnumSet.complementOf(EnumSet.copyOf(ecrites));
        if (!manquantes.isEmpty()) {
            throw new IllegalStateException("aucune prestation n'écrit " + manquantes);
        }
    }

    /** Calcul d'une situation isolée (pratique pour les tests et le web ; le chemin par lots réutilise un {@link Calculateur}). */
    public Resultats calculer(Situation situation) {
        return calculateur().calculer(situation, Trace.AUCUNE);
    }
}
