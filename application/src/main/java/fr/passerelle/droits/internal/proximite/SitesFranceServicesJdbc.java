package fr.passerelle.droits.internal.proximite;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.passerelle.droits.internal.domaine.AideDeProximite;
import fr.passerelle.droits.internal.domaine.SiteFranceServices;

/**
 * Lit les sites France services (table {@code france_services}, remplie par la migration V10) une fois, au premier
 * usage : 2 845 sites tiennent en mémoire et la recherche du plus proche se fait sans requête.
 */
@Component
public class SitesFranceServicesJdbc {

    private final JdbcClient jdbc;
    private volatile AideDeProximite aide;

    SitesFranceServicesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AideDeProximite aideDeProximite() {
        AideDeProximite a = aide;
        if (a == null) {
            synchronized (this) {
                if (aide == null) {
                    aide = new AideDeProximite(charger());
                }
                a = aide;
            }
        }
        return a;
    }

    private List<SiteFranceServices> charger() {
        return jdbc.sql("""
                SELECT id, nom, adresse, code_postal, commune, latitude, longitude, telephone, courriel,
                       h_lundi, h_mardi, h_mercredi, h_jeudi, h_vendredi, h_samedi, format
                FROM france_services ORDER BY id""")
                .query((rs, n) -> {
                    Map<DayOfWeek, String> horaires = new EnumMap<>(DayOfWeek.class);
                    horaires.put(DayOfWeek.MONDAY, rs.getString("h_lundi"));
                    horaires.put(DayOfWeek.TUESDAY, rs.getString("h_mardi"));
                    horaires.put(DayOfWeek.WEDNESDAY, rs.getString("h_mercredi"));
                    horaires.put(DayOfWeek.THURSDAY, rs.getString("h_jeudi"));
                    horaires.put(DayOfWeek.FRIDAY, rs.getString("h_vendredi"));
                    horaires.put(DayOfWeek.SATURDAY, rs.getString("h_samedi"));
                    horaires.values().removeIf(h -> h == null || h.isBlank());
                    return new SiteFranceServices(rs.getInt("id"), rs.getString("nom"), rs.getString("adresse"),
                            rs.getString("code_postal"), rs.getString("commune"), rs.getDouble("latitude"),
                            rs.getDouble("longitude"), rs.getString("telephone"), rs.getString("courriel"),
                            horaires, rs.getString("format"));
                }).list();
    }
}
