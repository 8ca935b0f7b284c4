package fr.passerelle.depistage;

import fr.passerelle.depistage.internal.EcritureJson;
import fr.passerelle.depistage.internal.FormatPlat;
import fr.passerelle.depistage.internal.LectureJson;
import fr.passerelle.depistage.internal.LecturePlate;
import fr.passerelle.depistage.internal.MenageLu;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.openfisca.EntreeInvalide;
import fr.passerelle.moteur.periode.Mois;

import java.util.List;

/**
 * Le traitement d'une ligne d'entrée, le même en embarqué (un par fil) et sur Spark (un par partition) : lire,
 * dépister, écrire les lignes de sortie par nature ({@link #CONSTATS}, {@link #ATTRIBUTIONS}, {@link #REJETS},
 * {@link #CHANGEMENTS}) et compter dans la synthèse. Une ligne fautive devient un rejet ; le traitement continue.
 */
public final class TraitementLignes {

    public static final String CONSTATS = "constats";
    public static final String ATTRIBUTIONS = "attributions";
    public static final String REJETS = "rejets";
    public static final String CHANGEMENTS = "changements";

    /** Où vont les lignes produites. */
    @FunctionalInterface
    public interface Sortie {
        void ecrire(String nature, String ligne);
    }

    private final Depisteur depisteur;
    private final LectureJson lectureJson;
    private final LecturePlate lecturePlate;
    private final Mois date;
    private final Mois dateComparee;
    private final Synthese synthese = new Synthese();

    /**
     * @param options   format, dates et règles d'attribution
     * @param entetePlat l'en-tête du fichier plat (nul pour le JSON)
     */
    public TraitementLignes(Moteur moteur, OptionsDepistage options, String[] entetePlat) {
        this.depisteur = new Depisteur(moteur, options.regles());
        this.lectureJson = options.format() == FormatEntree.JSON ? new LectureJson() : null;
        this.lecturePlate = options.format() == FormatEntree.JSON ? null : new LecturePlate(entetePlat);
        this.date = options.date();
        this.dateComparee = options.dateComparee();
    }

    /** Une ligne de texte : JSON, ou CSV (l'en-tête, s'il revient, est sauté). */
    public void traiterLigne(String ligne, long numero, Sortie sortie) {
        if (ligne.isBlank()) {
            return;
        }
        if (ligne.charAt(0) == '\uFEFF') {
            // Marque d'ordre des octets en tête de fichier (exports de tableurs) : elle n'appartient pas aux données.
            ligne = ligne.substring(1);
        }
        if (lecturePlate == null) {
            traiter(numero, null, ligne, sortie);
            return;
        }
        String[] champs;
        try {
            champs = FormatPlat.decouper(ligne);
        } catch (EntreeInvalide e) {
            rejeter(new Rejet(numero, null, e.champ(), e.raison()), sortie);
            return;
        }
        if (!lecturePlate.estEntete(champs)) {
            traiter(numero, champs, null, sortie);
        }
    }

    /** Une ligne déjà découpée en champs dans l'ordre de l'en-tête (Parquet). */
    public void traiterChamps(String[] champs, long numero, Sortie sortie) {
        traiter(numero, champs, null, sortie);
    }

    private void traiter(long numero, String[] champs, String json, Sortie sortie) {
        MenageLu menage;
        try {
            menage = json != null ? lectureJson.lire(json, numero, depisteur.situation()) : lecturePlate.lire(champs, numero);
        } catch (EntreeInvalide e) {
            rejeter(new Rejet(numero, e.menage(), e.champ(), e.raison()), sortie);
            return;
        }
        try {
            if (dateComparee == null) {
                ResultatMenage r = depisteur.depister(menage, date, numero);
                synthese.ajouter(r);
                if (!r.sansConstat()) {
                    sortie.ecrire(CONSTATS, EcritureJson.constats(r));
                    for (Attribution a : r.attributions()) {
                        sortie.ecrire(ATTRIBUTIONS, EcritureJson.attribution(r, a));
                    }
                }
            } else {
                ResultatMenage avant = depisteur.depister(menage, date, numero);
                ResultatMenage apres = depisteur.depister(menage, dateComparee, numero);
                List<Changement> changements = Changement.entre(avant, apres, menage.percuCentimes);
                synthese.ajouterChangements(menage.departement, changements);
                for (Changement c : changements) {
                    sortie.ecrire(CHANGEMENTS, EcritureJson.changement(c));
                }
            }
        } catch (EntreeInvalide e) {
            rejeter(new Rejet(numero, menage.id, e.champ(), e.raison()), sortie);
        } catch (RuntimeException e) {
            // Une erreur du moteur sur un ménage ne doit pas arrêter le dépistage de millions d'autres.
            rejeter(new Rejet(numero, menage.id, "calcul", String.valueOf(e.getMessage())), sortie);
        }
    }

    private void rejeter(Rejet r, Sortie sortie) {
        synthese.ajouterRejet();
        sortie.ecrire(REJETS, EcritureJson.rejet(r));
    }

    public long nanosMoteur() {
        return depisteur.nanosMoteur();
    }

    public Synthese synthese() {
        return synthese;
    }
}
