package fr.passerelle.ateliers.internal.persistance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.passerelle.ateliers.internal.domaine.ClassementCommunes;
import fr.passerelle.ateliers.internal.domaine.CommuneDuTerritoire;
import fr.passerelle.ateliers.internal.domaine.GrilleSites;
import fr.passerelle.ateliers.internal.domaine.PointFranceServices;

/**
 * Le territoire : communes ({@code donnees/territoire-communes.csv}, importé par
 * {@code outils/importer-territoire-ateliers.py}) et sites France services (table {@code france_services}, V10),
 * chargés une fois ; ateliers passés et quartiers prioritaires lus à chaque classement.
 */
@Component
public class TerritoireJdbc {

    static final String FICHIER = "/donnees/territoire-communes.csv";

    private final JdbcClient jdbc;
    private volatile ClassementCommunes classement;
    private volatile Map<String, CommuneDuTerritoire> parCode;

    TerritoireJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ClassementCommunes classement() {
        ClassementCommunes c = classement;
        if (c == null) {
            synchronized (this) {
                if (classement == null) {
                    List<CommuneDuTerritoire> communes = lireCommunes();
                    Map<String, CommuneDuTerritoire> index = new HashMap<>();
                    communes.forEach(x -> index.put(x.code(), x));
                    parCode = Map.copyOf(index);
                    classement = new ClassementCommunes(communes, new GrilleSites(sites()));
                }
                c = classement;
            }
        }
        return c;
    }

    public Optional<CommuneDuTerritoire> commune(String code) {
        classement();
        return Optional.ofNullable(parCode.get(code));
    }

    public Map<String, LocalDate> derniersAteliers() {
        Map<String, LocalDate> derniers = new HashMap<>();
        jdbc.sql("SELECT code_commune, MAX(jour) AS dernier FROM atelier WHERE code_commune IS NOT NULL GROUP BY code_commune")
                .query(rs -> {
                    derniers.put(rs.getString("code_commune"), rs.getDate("dernier").toLocalDate());
                });
        return derniers;
    }

    public Map<String, Integer> quartiersParCommune() {
        Map<String, Integer> qpv = new HashMap<>();
        jdbc.sql("SELECT code_commune, COUNT(*) AS n FROM quartier_prioritaire GROUP BY code_commune")
                .query(rs -> {
                    qpv.put(rs.getString("code_commune"), rs.getInt("n"));
                });
        return qpv;
    }

    public int nombreDeQuartiers() {
        return jdbc.sql("SELECT COUNT(*) FROM quartier_prioritaire").query(Integer.class).single();
    }

    private List<PointFranceServices> sites() {
        return jdbc.sql("SELECT id, nom, latitude, longitude FROM france_services ORDER BY id")
                .query((rs, n) -> new PointFranceServices(rs.getInt("id"), rs.getString("nom"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"))).list();
    }

    public static List<CommuneDuTerritoire> lireCommunes() {
        try (InputStream in = TerritoireJdbc.class.getResourceAsStream(FICHIER)) {
            if (in == null) {
                throw new IllegalStateException(FICHIER + " absent : lancer outils/importer-territoire-ateliers.py");
            }
            List<CommuneDuTerritoire> communes = new ArrayList<>(36_000);
            BufferedReader lecteur = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String ligne;
            while ((ligne = lecteur.readLine()) != null) {
                if (ligne.startsWith("#") || ligne.isBlank()) {
                    continue;
                }
                String[] c = ligne.split(";", -1);
                communes.add(new CommuneDuTerritoire(c[0], c[1], c[2], Double.parseDouble(c[3]), Double.parseDouble(c[4]),
                        Double.parseDouble(c[5]), Integer.parseInt(c[6])));
            }
            return communes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
