package fr.passerelle.depistage.spark;

import fr.passerelle.depistage.OptionsDepistage;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.depistage.TraitementLignes;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.periode.Mois;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Une partition : des lignes numérotées (texte JSON/CSV, ou lignes Parquet) en entrée, des lignes {@code (nature,
 * ligne)} en sortie, consommées au fil de l'eau (mémoire bornée), et à la fin la synthèse partielle de la
 * partition. Sérialisée vers les exécuteurs : ne porte que des chaînes.
 */
final class PartitionDeLignes<T> implements FlatMapFunction<Iterator<Tuple2<T, Long>>, Row> {

    private final JobDepistage.Parametres parametres;
    private final String[] entete;

    PartitionDeLignes(JobDepistage.Parametres parametres, String[] entete) {
        this.parametres = parametres;
        this.entete = entete;
    }

    /** Le moteur est immuable et partagé par les tâches d'un exécuteur : chargé une fois par JVM. */
    private static final class MoteurPartage {
        static final Moteur MOTEUR = Moteur.francais();
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<T, Long>> entrees) {
        OptionsDepistage options = new OptionsDepistage(parametres.format(), mois(parametres.date()), mois(parametres.dateComparee()),
                ReglesAttribution.depuis(parametres.reglesYaml()));
        TraitementLignes traitement = new TraitementLignes(MoteurPartage.MOTEUR, options, entete);
        ArrayDeque<Row> prets = new ArrayDeque<>();
        TraitementLignes.Sortie sortie = (nature, ligne) -> prets.add(RowFactory.create(nature, ligne));
        return new Iterator<>() {
            private boolean syntheseEcrite;

            @Override
            public boolean hasNext() {
                while (prets.isEmpty() && entrees.hasNext()) {
                    Tuple2<T, Long> e = entrees.next();
                    long numero = e._2() + 1;
                    if (e._1() instanceof Row r) {
                        traitement.traiterChamps(champs(r), numero, sortie);
                    } else {
                        traitement.traiterLigne((String) e._1(), numero, sortie);
                    }
                }
                if (prets.isEmpty() && !syntheseEcrite) {
                    syntheseEcrite = true;
                    prets.add(RowFactory.create(JobDepistage.SYNTHESE_PARTIELLE, traitement.synthese().versJson()));
                }
                return !prets.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return prets.poll();
            }
        };
    }

    /** Une ligne Parquet en champs texte, dans l'ordre des colonnes ; une valeur nulle est un champ vide. */
    private static String[] champs(Row r) {
        String[] champs = new String[r.size()];
        for (int i = 0; i < champs.length; i++) {
            Object v = r.get(i);
            champs[i] = v == null ? "" : v.toString();
        }
        return champs;
    }

    private static Mois mois(String texte) {
        return texte == null ? null : Mois.de(texte);
    }
}
