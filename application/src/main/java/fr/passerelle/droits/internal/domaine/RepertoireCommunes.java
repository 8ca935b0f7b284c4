package fr.passerelle.droits.internal.domaine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Les communes par code postal et par nom, lues dans la ressource {@code donnees/communes.csv} (importée des
 * données ouvertes par {@code outils/importer-communes-et-france-services.py}). Immuable, partagé.
 */
public final class RepertoireCommunes {

    public static final int MAX_RESULTATS = 30;

    private final List<Commune> communes;
    private final Map<String, List<Commune>> parCodePostal = new HashMap<>();
    private final Map<String, List<Commune>> parNom = new HashMap<>();
    private final Map<String, Commune> parCle = new HashMap<>();

    public RepertoireCommunes(List<Commune> communes) {
        this.communes = List.copyOf(communes);
        for (Commune c : this.communes) {
            parCodePostal.computeIfAbsent(c.codePostal(), k -> new ArrayList<>()).add(c);
            parNom.computeIfAbsent(normaliser(c.nom()), k -> new ArrayList<>()).add(c);
            parCle.putIfAbsent(c.cle(), c);
        }
    }

    public static RepertoireCommunes depuisRessource() {
        try (InputStream in = RepertoireCommunes.class.getResourceAsStream("/donnees/communes.csv")) {
            if (in == null) {
                throw new IllegalStateException("ressource donnees/communes.csv absente (outils/importer-communes-et-france-services.py)");
            }
            BufferedReader lecteur = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Commune> communes = new ArrayList<>(37_000);
            String ligne;
            while ((ligne = lecteur.readLine()) != null) {
                if (ligne.isEmpty() || ligne.startsWith("#")) {
                    continue;
                }
                String[] c = ligne.split(";", -1);
                communes.add(new Commune(c[0], c[1], c[2], c[3], Double.parseDouble(c[4]), Double.parseDouble(c[5])));
            }
            return new RepertoireCommunes(communes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Toutes les communes (une entrée par code postal), dans l'ordre du fichier. */
    public List<Commune> toutes() {
        return communes;
    }

    public int nombre() {
        return communes.size();
    }

    public Optional<Commune> parCle(String cle) {
        return Optional.ofNullable(cle == null ? null : parCle.get(cle));
    }

    /** Le premier code postal connu d'une commune (code INSEE), pour l'API. */
    public Optional<Commune> parCodeInsee(String codeInsee) {
        return communes.stream().filter(c -> c.codeInsee().equals(codeInsee)).findFirst();
    }

    /**
     * Les communes qui répondent à la saisie : un code postal à 5 chiffres, ou un nom (sans tenir compte des
     * accents, des majuscules, des tirets ni de « St » pour « Saint ») ; le nom exact d'abord, sinon le début du nom.
     */
    public List<Commune> rechercher(String saisie) {
        String s = saisie == null ? "" : saisie.strip();
        if (s.matches("\\d{5}")) {
            return parCodePostal.getOrDefault(s, List.of());
        }
        String cle = normaliser(s);
        if (cle.isEmpty()) {
            return List.of();
        }
        List<Commune> exactes = parNom.get(cle);
        if (exactes != null) {
            return exactes.size() > MAX_RESULTATS ? exactes.subList(0, MAX_RESULTATS) : exactes;
        }
        List<Commune> debut = new ArrayList<>();
        for (Commune c : communes) {
            if (normaliser(c.nom()).startsWith(cle)) {
                debut.add(c);
                if (debut.size() == MAX_RESULTATS) {
                    break;
                }
            }
        }
        return debut;
    }

    static String normaliser(String nom) {
        String t = Normalizer.normalize(nom, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.FRANCE).replaceAll("[-'’_]", " ").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("\\bste\\b", "sainte").replaceAll("\\bst\\b", "saint");
        return t;
    }
}
