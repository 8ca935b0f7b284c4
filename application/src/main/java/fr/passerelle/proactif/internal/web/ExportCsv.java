package fr.passerelle.proactif.internal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import fr.passerelle.proactif.internal.domaine.Organisme;
import fr.passerelle.proactif.internal.domaine.PrestationExpliquee;
import fr.passerelle.proactif.internal.persistance.DepistagesJdbc;

/** Lignes de l'export CSV pour une administration : séparateur « ; », point décimal, comme le format d'échange. */
final class ExportCsv {

    private static final List<String> PRESTATIONS = List.of("rsa", "ppa", "af", "aide_logement", "aah", "asf", "cf", "ars",
            "paje_base", "cmu_c", "css_participation_forfaitaire", "cheque_energie", "aspa", "bourse_college", "bourse_lycee");

    private ExportCsv() {
    }

    static List<String> prestationsDe(Organisme o) {
        return PRESTATIONS.stream().filter(p -> PrestationExpliquee.de(p).orElseThrow().organisme() == o).toList();
    }

    static String ligne(DepistagesJdbc.ConstatExporte c) {
        return String.join(";", Stream.of(c.identifiant(), c.menage(), c.periode(), c.departement(), c.nature().toLowerCase(),
                c.prestation(), euros(c.montantCentimes()), euros(c.montantAnnuelCentimes()), c.regle() == null ? "" : c.regle())
                .map(ExportCsv::champ).toList());
    }

    private static String euros(long centimes) {
        return BigDecimal.valueOf(centimes, 2).toPlainString();
    }

    private static String champ(String v) {
        return v.contains(";") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
