package fr.passerelle.droits.internal.domaine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.passerelle.droits.internal.domaine.AideDeProximite.SiteProche;

/** Le résultat complet pour un foyer : les droits, les démarches, l'aide à proximité, le jour du calcul. */
public record Estimation(Foyer foyer, LocalDate jour, String mois, List<DroitEstime> droits,
                         Map<String, Demarche> demarches, List<SiteProche> sitesProches) {

    public List<DroitEstime> avecVerdict(Verdict verdict) {
        return droits.stream().filter(d -> d.verdict() == verdict).toList();
    }

    /** Total mensuel estimé des droits ouverts (les montants annuels et la participation santé n'y sont pas). */
    public double totalMensuel() {
        return droits.stream().filter(d -> d.verdict() == Verdict.DROIT && !d.annuel() && !d.aPayer())
                .mapToDouble(DroitEstime::montant).sum();
    }

    public boolean aideLoin() {
        return !sitesProches.isEmpty() && sitesProches.get(0).loin();
    }
}
