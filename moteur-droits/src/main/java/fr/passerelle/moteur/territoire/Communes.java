package fr.passerelle.moteur.territoire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Les communes connues (code INSEE) et leur zone des aides au logement. */
public final class Communes {

    private static final Communes INSTANCE = charger();

    private final Map<String, Integer> zones;

    private Communes(Map<String, Integer> zones) {
        this.zones = zones;
    }

    public static Communes francaises() {
        return INSTANCE;
    }

    public boolean existe(String codeInsee) {
        return codeInsee != null && zones.containsKey(codeInsee);
    }

    /**
     * Une commune d'outre-mer (départements 971 à 976, collectivités 975, 977, 978, 98x) : hors du champ du moteur,
     * qui ne saisit que la législation de métropole (outre-mer : allocations familiales dès le premier enfant,
     * plafonds majorés, aides au logement et RSA propres).
     */
    public static boolean outreMer(String codeInsee) {
        return codeInsee != null && (codeInsee.startsWith("97") || codeInsee.startsWith("98"));
    }

    /** La raison pour laquelle le moteur ne calcule pas pour une commune d'outre-mer. */
    public static String raisonOutreMer(String codeInsee) {
        return "commune « " + codeInsee + " » d'outre-mer : le moteur ne couvre que la métropole (outre-mer, les "
                + "allocations familiales, les plafonds, le RSA et les aides au logement suivent d'autres règles, non saisies)";
    }

    /** Zone 1, 2 ou 3 ; 0 pour une commune inconnue. */
    public int zoneLogement(String codeInsee) {
        Integer zone = codeInsee == null ? null : zones.get(codeInsee);
        return zone == null ? 0 : zone;
    }

    public int nombre() {
        return zones.size();
    }

    private static Communes charger() {
        Map<String, Integer> zones = new HashMap<>(50_000);
        try (InputStream in = Communes.class.getResourceAsStream("/donnees/zonage-logement.csv")) {
            if (in == null) {
                throw new IllegalStateException("ressource donnees/zonage-logement.csv absente du moteur");
            }
            BufferedReader lecteur = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String ligne;
            while ((ligne = lecteur.readLine()) != null) {
                if (ligne.isEmpty() || ligne.startsWith("#")) {
                    continue;
                }
                int sep = ligne.indexOf(';');
                zones.put(ligne.substring(0, sep), Integer.parseInt(ligne.substring(sep + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Communes(Map.copyOf(zones));
    }
}
