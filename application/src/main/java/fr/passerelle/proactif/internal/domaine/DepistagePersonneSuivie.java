package fr.passerelle.proactif.internal.domaine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.passerelle.depistage.Attribution;
import fr.passerelle.depistage.Constat;
import fr.passerelle.depistage.Depisteur;
import fr.passerelle.depistage.Nature;
import fr.passerelle.depistage.Prestations;
import fr.passerelle.depistage.ResultatMenage;
import fr.passerelle.dossiers.DroitAuDossier;
import fr.passerelle.droits.SituationsDeclarees.SituationDeclaree;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.periode.Mois;

/**
 * Le dépistage d'une personne suivie dans Passerelle : sa situation déclarée (« Mes droits ») est calculée par le
 * même {@link Depisteur} que les fichiers d'une administration, et comparée à ce que son dossier dit qu'elle perçoit.
 *
 * <p>Lecture des droits du dossier : un droit <em>accordé</em> est perçu (montant du dossier ; un montant inconnu
 * compte comme perçu sans montant) ; un droit <em>demandé</em> n'est pas encore perçu mais ne doit pas être annoncé
 * « à demander » (la demande est faite) ; « à demander » et « refusé » ne sont pas perçus. Le code {@code css} du
 * dossier (« complémentaire santé solidaire », sans dire laquelle) vaut la forme que le moteur calcule pour la
 * personne, gratuite sinon.
 */
public final class DepistagePersonneSuivie {

    private final Depisteur depisteur;

    public DepistagePersonneSuivie(Depisteur depisteur) {
        this.depisteur = depisteur;
    }

    /** Les constats de la personne ({@code compte-<id>/prestation/mois}), à plat. */
    public List<ConstatLu> depister(SituationDeclaree situation, List<DroitAuDossier> droits, Mois mois) {
        String menage = ReferencePersonne.menage(situation.compteUsagerId());
        Map<Variable, Long> percus = new EnumMap<>(Variable.class);
        Map<Variable, Long> montantsDuDossier = new EnumMap<>(Variable.class);
        Set<Variable> demandees = EnumSet.noneOf(Variable.class);
        boolean cssAccordee = false;
        long montantCss = 0;
        for (DroitAuDossier d : droits) {
            long centimes = Math.max(0, Math.round(d.montant() * 100));
            if ("css".equals(d.code())) {
                if (d.statut() == DroitAuDossier.Statut.ACCORDE) {
                    cssAccordee = true;
                    montantCss = centimes;
                } else if (d.statut() == DroitAuDossier.Statut.DEMANDE) {
                    demandees.add(Variable.CMU_C);
                    demandees.add(Variable.CSS_PARTICIPATION_FORFAITAIRE);
                }
                continue;
            }
            Variable v = Prestations.parNom(d.code());
            if (v == null) {
                continue;
            }
            if (d.statut() == DroitAuDossier.Statut.ACCORDE) {
                percus.merge(v, v.booleenne() ? 1 : Math.max(1, centimes), Math::max);
                montantsDuDossier.merge(v, centimes, Math::max);
            } else if (d.statut() == DroitAuDossier.Statut.DEMANDE) {
                demandees.add(v);
            }
        }
        ResultatMenage r = calculer(situation, mois, menage, percus);
        if (cssAccordee) {
            Variable forme = r.calcule(Variable.CSS_PARTICIPATION_FORFAITAIRE) > 0 && r.calcule(Variable.CMU_C) == 0
                    ? Variable.CSS_PARTICIPATION_FORFAITAIRE : Variable.CMU_C;
            percus.put(forme, forme.booleenne() ? 1 : Math.max(1, montantCss));
            montantsDuDossier.put(forme, forme.booleenne() ? 0 : montantCss);
            r = calculer(situation, mois, menage, percus);
        }
        String periode = r.periode().toString();
        List<ConstatLu> constats = new ArrayList<>();
        for (Constat c : r.constats()) {
            if (c.nature() == Nature.A_DEMANDER && demandees.contains(c.prestation())) {
                continue;
            }
            long montant = c.montantCentimes();
            long annuel = c.montantAnnuelCentimes();
            if (c.nature() == Nature.A_VERIFIER) {
                // Le montant perçu est celui du dossier (0 s'il n'y est pas), pas le centime qui marquait « perçu ».
                montant = Prestations.versee(c.prestation()) ? montantsDuDossier.getOrDefault(c.prestation(), 0L) : 0;
                annuel = Prestations.annuelEnCentimes(c.prestation(), montant);
            }
            constats.add(new ConstatLu(c.identifiant(), menage, periode, r.departement(), c.nature().name(),
                    c.prestation().nom(), montant, annuel, null));
        }
        for (Attribution a : r.attributions()) {
            constats.add(new ConstatLu(a.identifiant(), menage, periode, r.departement(), "ATTRIBUTION", a.prestation().nom(), 0, 0,
                    a.regle()));
        }
        return constats;
    }

    private ResultatMenage calculer(SituationDeclaree situation, Mois mois, String menage, Map<Variable, Long> percus) {
        return depisteur.depister(menage, situation.codeCommune(), mois, situation::charger, percus);
    }
}
