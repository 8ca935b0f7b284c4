package fr.passerelle.moteur.periode;

import java.time.LocalDate;

/** Une période de calcul : un mois ou une année civile. Le type dit la nature, le compilateur refuse les mélanges. */
public sealed interface Periode permits Mois, Annee {

    LocalDate debut();

    LocalDate fin();

    /** Analyse "2025", "2025-01" ; toute autre forme est refusée avec un message qui dit ce qui est attendu. */
    static Periode analyser(String texte) {
        if (texte == null) {
            throw new PeriodeInvalide("période absente : attendu AAAA-MM (un mois) ou AAAA (une année)");
        }
        String t = texte.trim();
        if (t.matches("\\d{4}")) {
            return new Annee(Integer.parseInt(t));
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            int mois = Integer.parseInt(t.substring(5));
            if (mois < 1 || mois > 12) {
                throw new PeriodeInvalide("période « " + texte + " » : le mois doit être entre 01 et 12");
            }
            return new Mois(Integer.parseInt(t.substring(0, 4)), mois);
        }
        throw new PeriodeInvalide("période « " + texte + " » inconnue : attendu AAAA-MM (un mois) ou AAAA (une année)");
    }
}
