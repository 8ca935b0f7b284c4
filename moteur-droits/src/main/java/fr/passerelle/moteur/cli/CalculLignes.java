package fr.passerelle.moteur.cli;

import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Explication;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.openfisca.EntreeInvalide;
import fr.passerelle.moteur.openfisca.LecteurSituation;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.periode.PeriodeInvalide;
import fr.passerelle.moteur.situation.Situation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bin/droits calcul} : une ligne JSON {@code {"id", "period", "situation"}} en entrée, une ligne
 * {@code {"id", "outputs"}} en sortie, dans le même ordre. Une ligne fautive donne une ligne d'erreur sur la
 * sortie d'erreur, avec l'identifiant, le champ et la raison, et le traitement continue.
 */
public final class CalculLignes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAQUET = 2048;

    private final Moteur moteur;
    private final boolean explique;
    private final ThreadLocal<Atelier> ateliers;

    public CalculLignes(Moteur moteur, boolean explique) {
        this.moteur = moteur;
        this.explique = explique;
        this.ateliers = ThreadLocal.withInitial(() -> new Atelier(moteur.calculateur()));
    }

    private static final class Atelier {
        final Calculateur calculateur;
        final Situation situation = new Situation();
        final LecteurSituation lecteur = new LecteurSituation();

        Atelier(Calculateur calculateur) {
            this.calculateur = calculateur;
        }
    }

    /** Le résultat d'une ligne : la ligne de sortie, ou la ligne d'erreur. */
    record Sortie(String resultat, String erreur) {
    }

    public int executer(BufferedReader entree, Writer sortie, PrintStream erreurs, int fils) throws IOException {
        int enErreur = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, fils));
        try {
            List<String> paquet = new ArrayList<>(PAQUET);
            int numero = 0;
            String ligne;
            boolean fin = false;
            while (!fin) {
                paquet.clear();
                while (paquet.size() < PAQUET && (ligne = entree.readLine()) != null) {
                    paquet.add(ligne);
                }
                fin = paquet.size() < PAQUET;
                List<Future<Sortie>> futurs = new ArrayList<>(paquet.size());
                for (String l : paquet) {
                    int n = ++numero;
                    futurs.add(pool.submit(() -> traiter(l, n)));
                }
                for (Future<Sortie> f : futurs) {
                    Sortie s = attendre(f);
                    if (s == null) {
                        continue;
                    }
                    if (s.erreur() != null) {
                        enErreur++;
                        erreurs.println(s.erreur());
                    } else {
                        sortie.write(s.resultat());
                        sortie.write('\n');
                    }
                }
                sortie.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        return enErreur;
    }

    private static Sortie attendre(Future<Sortie> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    Sortie traiter(String ligne, int numero) {
        if (ligne.isBlank()) {
            return null;
        }
        String id = "ligne " + numero;
        try {
            JsonNode entree = JSON.readTree(ligne);
            if (!entree.isObject()) {
                throw new EntreeInvalide(id, "ligne", "un objet JSON {\"id\", \"period\", \"situation\"} est attendu");
            }
            if (entree.hasNonNull("id")) {
                id = entree.get("id").asString();
            }
            Mois mois;
            try {
                mois = Mois.de(entree.path("period").asString(null));
            } catch (PeriodeInvalide e) {
                throw new EntreeInvalide(id, "period", e.getMessage());
            }
            Atelier a = ateliers.get();
            a.lecteur.lire(id, mois, entree.get("situation"), a.situation);
            Explication explication = explique ? new Explication() : null;
            Resultats r = a.calculateur.calculer(a.situation, explique ? explication : Trace.AUCUNE);
            return new Sortie(JSON.writeValueAsString(ecrire(id, r, explication)), null);
        } catch (EntreeInvalide e) {
            return new Sortie(null, erreur(id, e.champ(), e.raison()));
        } catch (JacksonException e) {
            return new Sortie(null, erreur(id, "ligne", "JSON illisible : " + e.getOriginalMessage()));
        } catch (RuntimeException e) {
            return new Sortie(null, erreur(id, "calcul", e.getMessage()));
        }
    }

    private static ObjectNode ecrire(String id, Resultats r, Explication explication) {
        ObjectNode sortie = JSON.createObjectNode();
        sortie.put("id", id);
        ObjectNode outputs = sortie.putObject("outputs");
        for (Variable v : Variable.toutes()) {
            if (v.booleenne()) {
                outputs.put(v.nom(), r.oui(v));
            } else {
                outputs.put(v.nom(), Math.round(r.get(v) * 100) / 100.0);
            }
        }
        if (explication != null) {
            ObjectNode explications = sortie.putObject("explications");
            for (var e : explication.toutes().entrySet()) {
                var lignes = explications.putArray(e.getKey().nom());
                e.getValue().forEach(l -> lignes.add(l.texte()));
            }
        }
        return sortie;
    }

    private static String erreur(String id, String champ, String raison) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", id);
        ObjectNode detail = e.putObject("erreur");
        detail.put("champ", champ);
        detail.put("raison", raison);
        return JSON.writeValueAsString(e);
    }
}
