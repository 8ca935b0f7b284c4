package fr.passerelle.depistage;

import fr.passerelle.depistage.internal.FormatPlat;
import fr.passerelle.moteur.calcul.Calculateur;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.calcul.Resultats;
import fr.passerelle.moteur.calcul.Trace;
import fr.passerelle.moteur.calcul.Variable;
import fr.passerelle.moteur.lot.LotDeMenages;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Scolarite;
import fr.passerelle.moteur.situation.Situation;
import fr.passerelle.moteur.situation.StatutMarital;
import fr.passerelle.moteur.situation.StatutOccupationLogement;
import fr.passerelle.moteur.territoire.Communes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Une population synthétique au format plat, reproductible (même graine, même mois : mêmes lignes, octet pour
 * octet). Ordres de grandeur de la France (INSEE, DREES), pas des personnes réelles : un tiers de personnes
 * seules, des couples avec et sans enfants, des familles monoparentales ; salaires et pensions de loi
 * log-normale, pertes d'emploi dans l'année ; propriétaires, locataires HLM et du privé, loyers selon la zone ;
 * un tiers des ménages dans les grandes villes, les autres dans n'importe quelle commune de France.
 *
 * <p>Ce que chaque ménage perçoit déjà est tiré à partir de ses droits calculés par le moteur et d'un taux de
 * non-recours par prestation (ordre de grandeur publié par la DREES), plus quelques droits perçus à tort
 * (situation changée sans être déclarée) : de quoi produire des constats des deux natures.
 */
public final class GenerateurPopulation {

    /** Les plus grandes villes de métropole (le moteur ne couvre pas l'outre-mer). */
    private static final String[] GRANDES_VILLES = {"75056", "13055", "69123", "31555", "06088", "44109", "34172", "67482", "33063",
            "59350", "35238", "51454", "83137", "42218", "76351", "38185", "21231", "49007", "30189", "63113", "37261", "87085",
            "80021", "57463", "25056", "66136", "45234", "14118", "68224", "76540", "54395", "93066", "92012", "2A004"};
    private static final Map<Variable, Double> NON_RECOURS = new EnumMap<>(Map.ofEntries(
            Map.entry(Variable.RSA, 0.34), Map.entry(Variable.PPA, 0.39), Map.entry(Variable.AF, 0.02), Map.entry(Variable.AIDE_LOGEMENT, 0.10),
            Map.entry(Variable.AAH, 0.10), Map.entry(Variable.ASF, 0.20), Map.entry(Variable.CF, 0.05), Map.entry(Variable.ARS, 0.03),
            Map.entry(Variable.PAJE_BASE, 0.03), Map.entry(Variable.CMU_C, 0.30), Map.entry(Variable.CSS_PARTICIPATION_FORFAITAIRE, 0.60),
            Map.entry(Variable.CHEQUE_ENERGIE, 0.20), Map.entry(Variable.ASPA, 0.50), Map.entry(Variable.BOURSE_COLLEGE, 0.25),
            Map.entry(Variable.BOURSE_LYCEE, 0.25)));
    private static final Variable[] PERCUS_A_TORT = {Variable.RSA, Variable.PPA, Variable.AIDE_LOGEMENT, Variable.AF, Variable.AAH};
    private static final double[] MONTANTS_A_TORT = {450, 160, 220, 150, 900};

    private final SplittableRandom hasard;
    private final Mois periode;
    private final Communes communes = Communes.francaises();
    private final String[] toutesCommunes;
    private final Calculateur calculateur;
    private final Situation situation = new Situation();
    private final LotDeMenages lot;
    private final StringBuilder ligne = new StringBuilder(512);

    private static final String[] TOUTES_COMMUNES = lireCommunes();

    public GenerateurPopulation(Moteur moteur, long graine, Mois periode) {
        this(moteur, new SplittableRandom(graine), periode);
    }

    /**
     * Un générateur sur une suite de hasard donnée : {@code racine.split()} appelé dans un ordre fixe donne des blocs
     * indépendants, générés en parallèle et pourtant reproductibles.
     */
    public GenerateurPopulation(Moteur moteur, SplittableRandom hasard, Mois periode) {
        this.hasard = hasard;
        this.periode = periode;
        this.toutesCommunes = TOUTES_COMMUNES;
        this.calculateur = moteur.calculateur();
        this.lot = new LotDeMenages(1, periode);
    }

    public static String enTete() {
        return FormatPlat.enTete();
    }

    /** Le ménage suivant, en une ligne du format plat. */
    public String ligne(String id) {
        int tirage = hasard.nextInt(100);
        boolean couple = tirage >= 37 && tirage < 88 || tirage >= 97;
        int enfants = tirage < 63 ? 0 : nombreEnfants();
        int ageReference = enfants > 0 ? 22 + hasard.nextInt(33) : couple ? 20 + hasard.nextInt(72) : 18 + hasard.nextInt(78);
        String union = !couple ? "seul" : switch (hasard.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> "marie";
            case 5, 6 -> "pacse";
            default -> "union_libre";
        };
        StatutMarital statut = switch (union) {
            case "marie" -> StatutMarital.MARIE;
            case "pacse" -> StatutMarital.PACSE;
            default -> StatutMarital.CELIBATAIRE;
        };
        List<LotDeMenages.Personne> personnes = new ArrayList<>(8);
        personnes.add(adulte(ageReference, statut));
        if (couple) {
            personnes.add(adulte(Math.max(18, ageReference + hasard.nextInt(9) - 4), statut));
        }
        int plusJeuneParent = couple ? Math.min(ageReference, age(personnes.get(1))) : ageReference;
        for (int e = 0; e < enfants; e++) {
            int age = hasard.nextInt(Math.max(1, Math.min(21, plusJeuneParent - 17)));
            personnes.add(enfant(age));
        }
        String depcom = hasard.nextInt(100) < 33 ? GRANDES_VILLES[hasard.nextInt(GRANDES_VILLES.length)] : toutesCommunes[hasard.nextInt(toutesCommunes.length)];
        int zone = communes.zoneLogement(depcom);
        StatutOccupationLogement occupation = occupation(ageReference);
        double loyer = occupation.locataire() ? loyer(zone, personnes.size(), occupation) : 0;
        lot.vider();
        lot.ajouter(couple ? 2 : 1, enfants, statut != StatutMarital.CELIBATAIRE, occupation, loyer, depcom, zone, personnes.toArray(LotDeMenages.Personne[]::new));
        lot.charger(0, situation);
        Resultats droits = calculateur.calculer(situation, Trace.AUCUNE);
        return ecrire(id, depcom, occupation, loyer, union, personnes, couple, percoit(droits));
    }

    private int nombreEnfants() {
        int t = hasard.nextInt(100);
        return t < 45 ? 1 : t < 83 ? 2 : t < 96 ? 3 : 4 + hasard.nextInt(3);
    }

    private LotDeMenages.Personne adulte(int age, StatutMarital statut) {
        Activite activite;
        double salaire = 0;
        double retraite = 0;
        if (age >= 63) {
            activite = hasard.nextInt(100) < 95 ? Activite.RETRAITE : Activite.INACTIF;
            retraite = activite == Activite.RETRAITE ? (hasard.nextInt(100) < 6 ? 2_000 + hasard.nextInt(6_000) : lognormale(19_000, 0.45, 6_000, 90_000)) : 0;
        } else {
            int t = hasard.nextInt(100);
            if (age < 25 && t < 40) {
                activite = Activite.ETUDIANT;
                salaire = hasard.nextInt(100) < 30 ? 2_000 + hasard.nextInt(6_000) : 0;
            } else if (t < 72) {
                activite = Activite.ACTIF;
                salaire = lognormale(27_000, 0.55, 3_000, 250_000) * (hasard.nextInt(100) < 15 ? 0.5 : 1);
            } else if (t < 82) {
                activite = Activite.CHOMEUR;
            } else {
                activite = Activite.INACTIF;
            }
        }
        double[] salaires = {salaire * (0.9 + 0.06 * hasard.nextDouble()), salaire * (0.95 + 0.04 * hasard.nextDouble()), salaire};
        if (activite == Activite.CHOMEUR && hasard.nextInt(100) < 40) {
            // Emploi perdu l'an dernier ou cette année : les revenus des années passées restent.
            double ancien = lognormale(22_000, 0.5, 5_000, 80_000);
            salaires = new double[] {ancien, hasard.nextBoolean() ? ancien * 0.5 : ancien, 0};
        }
        double[] retraites = {retraite, retraite, retraite};
        int h = hasard.nextInt(100);
        double taux = h < 4 ? 0.8 : h < 7 ? 0.5 : 0;
        boolean restriction = taux == 0.5 && hasard.nextInt(100) < 60;
        return new LotDeMenages.Personne(naissance(age), activite, statut, Scolarite.INCONNUE, taux, restriction, arrondis(salaires), retraites);
    }

    private LotDeMenages.Personne enfant(int age) {
        Scolarite scolarite = age < 3 ? Scolarite.INCONNUE : age < 6 ? Scolarite.MATERNELLE : age < 11 ? Scolarite.PRIMAIRE
                : age < 15 ? Scolarite.COLLEGE : age < 18 ? Scolarite.LYCEE : Scolarite.ENSEIGNEMENT_SUPERIEUR;
        return new LotDeMenages.Personne(naissance(age), age >= 18 ? Activite.ETUDIANT : Activite.INACTIF, StatutMarital.CELIBATAIRE,
                scolarite, 0, false, new double[3], new double[3]);
    }

    private StatutOccupationLogement occupation(int age) {
        int t = hasard.nextInt(100);
        int proprietaires = age >= 60 ? 70 : age >= 40 ? 55 : 25;
        if (t < proprietaires) {
            return hasard.nextInt(100) < 20 && age < 60 ? StatutOccupationLogement.PRIMO_ACCEDANT : StatutOccupationLogement.PROPRIETAIRE;
        }
        int r = hasard.nextInt(100);
        return r < 38 ? StatutOccupationLogement.LOCATAIRE_HLM : r < 85 ? StatutOccupationLogement.LOCATAIRE_VIDE
                : r < 94 ? StatutOccupationLogement.LOCATAIRE_MEUBLE : r < 97 ? StatutOccupationLogement.LOGE_GRATUITEMENT
                : StatutOccupationLogement.LOCATAIRE_FOYER;
    }

    private double loyer(int zone, int personnes, StatutOccupationLogement occupation) {
        double parM2 = zone == 1 ? 17 : zone == 2 ? 11 : 8.5;
        double surface = 22 + 16 * personnes + hasard.nextInt(20);
        double facteur = occupation == StatutOccupationLogement.LOCATAIRE_HLM ? 0.55 : occupation == StatutOccupationLogement.LOCATAIRE_FOYER ? 0.6 : 1;
        return Math.round(parM2 * surface * facteur);
    }

    private String percoit(Resultats droits) {
        StringBuilder p = new StringBuilder();
        for (Variable v : Prestations.DEPISTEES) {
            double montant = v.booleenne() ? (droits.oui(v) ? 1 : 0) : droits.get(v);
            if (montant > 0 && hasard.nextDouble() >= NON_RECOURS.get(v)) {
                // Un sur dix perçoit un montant un peu différent (dossier pas à jour).
                double percu = hasard.nextInt(10) == 0 && !v.booleenne() ? montant * (0.85 + 0.3 * hasard.nextDouble()) : montant;
                ajouter(p, v, percu);
            }
        }
        if (hasard.nextInt(100) < 3) {
            int k = hasard.nextInt(PERCUS_A_TORT.length);
            Variable v = PERCUS_A_TORT[k];
            if (droits.get(v) == 0) {
                ajouter(p, v, MONTANTS_A_TORT[k] * (0.7 + 0.6 * hasard.nextDouble()));
            }
        }
        return p.toString();
    }

    private static void ajouter(StringBuilder p, Variable v, double montant) {
        if (!p.isEmpty()) {
            p.append(' ');
        }
        p.append(v.nom()).append(':').append(BigDecimal.valueOf(Math.round(montant * 100), 2).toPlainString());
    }

    private String ecrire(String id, String depcom, StatutOccupationLogement occupation, double loyer, String union,
                          List<LotDeMenages.Personne> personnes, boolean couple, String percoit) {
        StringBuilder l = ligne;
        l.setLength(0);
        l.append(id).append(';').append(periode).append(';').append(depcom).append(';').append(occupation.name().toLowerCase(Locale.ROOT))
                .append(';').append(montant(loyer)).append(';').append(union).append(';').append(percoit);
        int adultes = couple ? 2 : 1;
        for (int a = 0; a < FormatPlat.ADULTES; a++) {
            if (a < adultes) {
                LotDeMenages.Personne p = personnes.get(a);
                l.append(';').append(LocalDate.ofEpochDay(p.naissanceEpochDay())).append(';').append(p.activite().name().toLowerCase(Locale.ROOT));
                for (double s : p.salaireParAnnee()) {
                    l.append(';').append(montant(s));
                }
                for (double r : p.retraiteParAnnee()) {
                    l.append(';').append(montant(r));
                }
                l.append(';').append(p.tauxIncapacite() == 0 ? "0" : Double.toString(p.tauxIncapacite())).append(';').append(p.restrictionEmploi() ? "oui" : "non");
            } else {
                l.append(";".repeat(FormatPlat.ADULTE.size()));
            }
        }
        for (int e = 0; e < FormatPlat.ENFANTS; e++) {
            int i = adultes + e;
            if (i < personnes.size()) {
                LotDeMenages.Personne p = personnes.get(i);
                l.append(';').append(LocalDate.ofEpochDay(p.naissanceEpochDay())).append(';').append(p.scolarite().name().toLowerCase(Locale.ROOT));
            } else {
                l.append(";;");
            }
        }
        return l.toString();
    }

    private static String montant(double euros) {
        long centimes = Math.round(euros * 100);
        return centimes % 100 == 0 ? Long.toString(centimes / 100) : BigDecimal.valueOf(centimes, 2).toPlainString();
    }

    private static double[] arrondis(double[] montants) {
        double[] r = new double[montants.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.round(montants[i]);
        }
        return r;
    }

    private double lognormale(double mediane, double sigma, double min, double max) {
        double z = gaussienne();
        return Math.max(min, Math.min(max, Math.round(mediane * StrictMath.exp(sigma * z))));
    }

    private double gaussienne() {
        // Box-Muller : SplittableRandom n'a pas de nextGaussian reproductible d'une version du JDK à l'autre.
        double u = 1 - hasard.nextDouble();
        double v = hasard.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }

    private long naissance(int age) {
        LocalDate debut = periode.debut();
        return debut.minusYears(age).minusDays(1 + hasard.nextInt(364)).toEpochDay();
    }

    private int age(LotDeMenages.Personne p) {
        return periode.debut().getYear() - LocalDate.ofEpochDay(p.naissanceEpochDay()).getYear();
    }

    private static String[] lireCommunes() {
        List<String> codes = new ArrayList<>(40_000);
        try (InputStream in = Communes.class.getResourceAsStream("/donnees/zonage-logement.csv")) {
            if (in == null) {
                throw new IllegalStateException("ressource donnees/zonage-logement.csv absente du moteur");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = r.readLine()) != null) {
                if (!l.isEmpty() && !l.startsWith("#")) {
                    String code = l.substring(0, l.indexOf(';'));
                    if (!Communes.outreMer(code)) { // hors du champ du moteur : la métropole seule
                        codes.add(code);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes.toArray(String[]::new);
    }
}
