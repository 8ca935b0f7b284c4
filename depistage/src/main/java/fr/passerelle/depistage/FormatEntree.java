package fr.passerelle.depistage;

import java.util.Locale;

/** Le format d'une population : lignes JSON (situations OpenFisca), CSV plat, ou Parquet plat (Spark seulement). */
public enum FormatEntree {
    JSON, CSV, PARQUET;

    /** D'après l'extension : .jsonl, .json, .csv, .parquet (éventuellement suivie de .gz). */
    public static FormatEntree deviner(String nom) {
        String n = nom.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
            return JSON;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".parquet")) {
            return PARQUET;
        }
        throw new IllegalArgumentException("format de « " + nom + " » inconnu : extension .jsonl, .csv ou .parquet attendue, ou --format json|csv|parquet");
    }

    public static FormatEntree parNom(String nom) {
        try {
            return valueOf(nom.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format : « " + nom + " » inconnu (json, csv ou parquet)");
        }
    }
}
