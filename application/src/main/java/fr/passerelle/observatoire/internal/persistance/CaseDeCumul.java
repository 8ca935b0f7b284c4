package fr.passerelle.observatoire.internal.persistance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Une table de cumuls par jour (V92, V97) : ses colonnes de clé (le jour de Paris d'abord, puis des colonnes de même
 * nom dans sa vue source), ses quantités avec l'expression qui les compte dans la vue, et les instructions qui en
 * découlent : ajouter des quantités à une case sur PostgreSQL ({@code ON CONFLICT DO UPDATE}, atomique) et sur H2
 * ({@code MERGE}), supprimer une case revenue à zéro. Les paramètres nommés portent le nom des colonnes.
 */
record CaseDeCumul(String table, String vue, List<Colonne> cles, List<Quantite> quantites, String ajoutPostgres,
                   String ajoutH2, String suppressionSiVide) {

    record Colonne(String nom, String type) {
    }

    /** @param source l'expression qui compte cette quantité pour une ligne de la vue source */
    record Quantite(String nom, String type, String source) {
    }

    static final CaseDeCumul ECHANGES = de("obs_cumul_echange", "obs_echange",
            List.of(new Colonne("structure_id", "BIGINT"), new Colonne("canal", "VARCHAR(20)")),
            List.of(new Quantite("echanges", "BIGINT", "1"),
                    new Quantite("regles", "BIGINT", "CASE WHEN regle_au_premier_contact THEN 1 ELSE 0 END")));
    static final CaseDeCumul DROITS = de("obs_cumul_droit", "obs_droit",
            List.of(new Colonne("structure_id", "BIGINT"), new Colonne("code", "VARCHAR(60)"),
                    new Colonne("libelle", "VARCHAR(200)"), new Colonne("statut", "VARCHAR(20)")),
            List.of(new Quantite("nombre", "BIGINT", "1"), new Quantite("montant_annuel", "NUMERIC(18, 2)", "montant_annuel")));
    static final CaseDeCumul DEMARCHES = de("obs_cumul_demarche", "obs_demarche",
            List.of(new Colonne("structure_id", "BIGINT"), new Colonne("intitule", "VARCHAR(200)"),
                    new Colonne("statut", "VARCHAR(20)")),
            List.of(new Quantite("nombre", "BIGINT", "1")));

    /** @param clesDeLaVue les colonnes de clé après le jour, lues telles quelles dans la vue */
    private static CaseDeCumul de(String table, String vue, List<Colonne> clesDeLaVue, List<Quantite> quantites) {
        List<Colonne> cles = new ArrayList<>();
        cles.add(new Colonne("jour", "DATE"));
        cles.addAll(clesDeLaVue);
        List<Colonne> toutes = new ArrayList<>(cles);
        quantites.forEach(q -> toutes.add(new Colonne(q.nom(), q.type())));
        String noms = liste(toutes.stream().map(Colonne::nom));
        String ajoutPostgres = "INSERT INTO " + table + " (" + noms + ") VALUES (" + liste(toutes.stream().map(c -> ":" + c.nom()))
                + ") ON CONFLICT (" + liste(cles.stream().map(Colonne::nom)) + ") DO UPDATE SET "
                + liste(quantites.stream().map(q -> q.nom() + " = " + table + "." + q.nom() + " + EXCLUDED." + q.nom()));
        String ajoutH2 = "MERGE INTO " + table + " c USING (VALUES ("
                + liste(toutes.stream().map(c -> "CAST(:" + c.nom() + " AS " + c.type() + ")")) + ")) AS v (" + noms + ") ON "
                + cles.stream().map(c -> "c." + c.nom() + " = v." + c.nom()).collect(Collectors.joining(" AND "))
                + " WHEN MATCHED THEN UPDATE SET " + liste(quantites.stream().map(q -> q.nom() + " = c." + q.nom() + " + v." + q.nom()))
                + " WHEN NOT MATCHED THEN INSERT (" + noms + ") VALUES (" + liste(toutes.stream().map(c -> "v." + c.nom())) + ")";
        String suppression = "DELETE FROM " + table + " WHERE "
                + Stream.concat(cles.stream().map(c -> c.nom() + " = :" + c.nom()), Stream.of(quantites.get(0).nom() + " = 0"))
                .collect(Collectors.joining(" AND "));
        return new CaseDeCumul(table, vue, List.copyOf(cles), List.copyOf(quantites), ajoutPostgres, ajoutH2, suppression);
    }

    /** Lecture de la vue source : l'horodatage, les clés après le jour, les quantités d'une ligne. */
    String lectureDeLaVue() {
        return "SELECT le, " + liste(cles.stream().skip(1).map(Colonne::nom)) + ", "
                + liste(quantites.stream().map(Quantite::source)) + " FROM " + vue;
    }

    String insertion() {
        int n = cles.size() + quantites.size();
        return "INSERT INTO " + table + " (" + liste(Stream.concat(cles.stream().map(Colonne::nom), quantites.stream().map(Quantite::nom)))
                + ") VALUES (" + liste(Stream.generate(() -> "?").limit(n)) + ")";
    }

    private static String liste(Stream<String> elements) {
        return elements.collect(Collectors.joining(", "));
    }
}
