package fr.passerelle.droits.internal.domaine;

import java.time.DayOfWeek;
import java.util.Map;

/** Un site France services (liste ANCT), avec ses horaires par jour (texte de la source, vide si fermé). */
public record SiteFranceServices(int id, String nom, String adresse, String codePostal, String commune,
                                 double latitude, double longitude, String telephone, String courriel,
                                 Map<DayOfWeek, String> horaires, String format) {

    public SiteFranceServices {
        horaires = Map.copyOf(horaires);
    }

    /** Les horaires d'un jour, ou {@code null} si le site est fermé ce jour-là. */
    public String horairesDu(DayOfWeek jour) {
        String h = horaires.get(jour);
        return h == null || h.isBlank() ? null : h;
    }

    public String telephoneLien() {
        return telephone == null ? null : "tel:" + telephone.replace(" ", "");
    }
}
