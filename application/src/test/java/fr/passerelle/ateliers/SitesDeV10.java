package fr.passerelle.ateliers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.passerelle.ateliers.internal.domaine.PointFranceServices;

/** Les 2 845 sites France services lus dans la migration V10 (sans base : pour le test et le banc du classement). */
final class SitesDeV10 {

    private SitesDeV10() {
    }

    static List<PointFranceServices> lire() {
        try (InputStream in = SitesDeV10.class.getResourceAsStream("/db/migration/V10__france_services.sql")) {
            List<PointFranceServices> sites = new ArrayList<>();
            String enCours = null;
            for (String ligne : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (enCours == null && !ligne.startsWith("(")) {
                    continue;
                }
                enCours = enCours == null ? ligne : enCours + "\n" + ligne;
                if (enCours.chars().filter(c -> c == '\'').count() % 2 == 1) {
                    continue; // valeur sur plusieurs lignes (adresse)
                }
                List<String> champs = champs(enCours.substring(1));
                enCours = null;
                sites.add(new PointFranceServices(Integer.parseInt(champs.get(0)), champs.get(1),
                        Double.parseDouble(champs.get(6)), Double.parseDouble(champs.get(7))));
            }
            return sites;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Découpe « 1, 'a, b', NULL, 2.5 » en champs (virgules hors apostrophes, '' = apostrophe). */
    private static List<String> champs(String ligne) {
        List<String> champs = new ArrayList<>();
        StringBuilder courant = new StringBuilder();
        boolean dansTexte = false;
        for (int i = 0; i < ligne.length(); i++) {
            char c = ligne.charAt(i);
            if (c == '\'') {
                if (dansTexte && i + 1 < ligne.length() && ligne.charAt(i + 1) == '\'') {
                    courant.append('\'');
                    i++;
                } else {
                    dansTexte = !dansTexte;
                }
            } else if (c == ',' && !dansTexte) {
                champs.add(courant.toString().strip());
                courant.setLength(0);
            } else {
                courant.append(c);
            }
        }
        champs.add(courant.toString().strip());
        return champs;
    }
}
