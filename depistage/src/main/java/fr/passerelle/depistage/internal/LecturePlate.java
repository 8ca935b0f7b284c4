package fr.passerelle.depistage.internal;

import fr.passerelle.moteur.calcul.Champ;
import fr.passerelle.moteur.lot.LotDeMenages;
import fr.passerelle.moteur.openfisca.EntreeInvalide;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.moteur.periode.PeriodeInvalide;
import fr.passerelle.moteur.situation.Activite;
import fr.passerelle.moteur.situation.Scolarite;
import fr.passerelle.moteur.situation.Situation;
import fr.passerelle.moteur.situation.StatutMarital;
import fr.passerelle.moteur.situation.StatutOccupationLogement;
import fr.passerelle.moteur.territoire.Communes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Une ligne du format plat ({@link FormatPlat}) : les champs, dans l'ordre de l'en-tête. Le ménage est rangé dans
 * un {@link LotDeMenages} d'une place (la forme compacte du moteur) puis chargé dans la situation : même
 * construction que le calcul par lots du moteur.
 */
public final class LecturePlate {

    private static final List<String> OBLIGATOIRES = List.of("menage", "periode", "depcom", "statut_occupation_logement",
            "loyer", "couple", "percoit", "a1_date_naissance", "a1_activite");

    private final String[] entete;
    private final Map<String, Integer> index = new HashMap<>();
    /** Pour chaque colonne du format (rang dans {@link FormatPlat#COLONNES}) : sa place dans la ligne, ou -1. */
    private final int[] place = new int[FormatPlat.COLONNES.size()];
    private final Communes communes = Communes.francaises();
    private final Map<Mois, LotDeMenages> lots = new HashMap<>();

    /** Refuse un en-tête qui n'est pas celui du format (colonne inconnue, en double, obligatoire absente). */
    public LecturePlate(String[] entete) {
        this.entete = entete.clone();
        for (int i = 0; i < entete.length; i++) {
            String nom = entete[i].strip().toLowerCase(Locale.ROOT);
            if (!FormatPlat.COLONNES.contains(nom)) {
                throw new IllegalArgumentException("en-tête, colonne " + (i + 1) + " : colonne inconnue « " + entete[i] + " » (voir docs/depistage/format.md)");
            }
            if (index.put(nom, i) != null) {
                throw new IllegalArgumentException("en-tête : colonne « " + nom + " » en double");
            }
        }
        for (int c = 0; c < place.length; c++) {
            place[c] = index.getOrDefault(FormatPlat.COLONNES.get(c), -1);
        }
        for (String o : OBLIGATOIRES) {
            if (!index.containsKey(o)) {
                throw new IllegalArgumentException("en-tête : colonne obligatoire « " + o + " » absente");
            }
        }
    }

    public String[] entete() {
        return entete.clone();
    }

    public boolean estEntete(String[] champs) {
        return java.util.Arrays.equals(champs, entete);
    }

    public MenageLu lire(String[] champs, long numero) {
        String id = champs.length > 0 ? champs[index.get("menage")].strip() : null;
        if (champs.length != entete.length) {
            throw new EntreeInvalide(id == null || id.isEmpty() ? null : id, "ligne", champs.length + " champs au lieu de " + entete.length + " (séparateur « ; »)");
        }
        Identifiants.verifier(id, "menage", numero);
        Ligne l = new Ligne(id, champs);
        Mois periode;
        try {
            periode = Mois.de(l.texte("periode"));
        } catch (PeriodeInvalide e) {
            throw new EntreeInvalide(id, "periode", "mois AAAA-MM attendu (« " + l.texte("periode") + " »)");
        }
        String horsChamp = Champ.horsChamp(periode);
        if (horsChamp != null) {
            throw new EntreeInvalide(id, "periode", horsChamp);
        }
        String depcom = l.texte("depcom");
        if (!communes.existe(depcom)) {
            throw new EntreeInvalide(id, "depcom", "commune inconnue « " + depcom + " » (code INSEE attendu)");
        }
        if (Communes.outreMer(depcom)) {
            throw new EntreeInvalide(id, "depcom", Communes.raisonOutreMer(depcom));
        }
        StatutOccupationLogement occupation = l.enumeration("statut_occupation_logement", StatutOccupationLogement.class, true);
        double loyer = l.montant("loyer");
        String couple = l.texte("couple");
        StatutMarital union = switch (couple) {
            case "seul" -> StatutMarital.CELIBATAIRE;
            case "marie" -> StatutMarital.MARIE;
            case "pacse" -> StatutMarital.PACSE;
            case "union_libre" -> StatutMarital.CELIBATAIRE;
            default -> throw new EntreeInvalide(id, "couple", "valeur inconnue « " + couple + " » (attendu : seul, marie, pacse, union_libre)");
        };
        boolean deuxAdultes = !l.texte("a2_date_naissance").isEmpty();
        if (deuxAdultes == couple.equals("seul")) {
            throw new EntreeInvalide(id, "couple", deuxAdultes ? "« seul » alors qu'un second adulte (a2_…) est décrit" : "couple sans second adulte (a2_date_naissance vide)");
        }
        List<LotDeMenages.Personne> personnes = new ArrayList<>(FormatPlat.ADULTES + FormatPlat.ENFANTS);
        personnes.add(adulte(l, "a1_", union));
        if (deuxAdultes) {
            personnes.add(adulte(l, "a2_", union));
        }
        long plusJeuneParent = personnes.stream().mapToLong(LotDeMenages.Personne::naissanceEpochDay).max().orElseThrow();
        int enfants = 0;
        for (int e = 1; e <= FormatPlat.ENFANTS; e++) {
            String p = "e" + e + "_";
            if (l.texte(p + "date_naissance").isEmpty()) {
                if (!l.texte(p + "scolarite").isEmpty()) {
                    throw new EntreeInvalide(id, p + "date_naissance", "absente alors que " + p + "scolarite est rempli");
                }
                continue;
            }
            long naissance = l.date(p + "date_naissance");
            if (naissance <= plusJeuneParent) {
                throw new EntreeInvalide(id, p + "date_naissance", "enfant plus âgé qu'un adulte du ménage");
            }
            Scolarite scolarite = l.texte(p + "scolarite").isEmpty() ? Scolarite.INCONNUE : l.enumeration(p + "scolarite", Scolarite.class, false);
            int age = periode.debut().getYear() - LocalDate.ofEpochDay(naissance).getYear();
            personnes.add(new LotDeMenages.Personne(naissance, age >= 18 ? Activite.ETUDIANT : Activite.INACTIF, StatutMarital.CELIBATAIRE,
                    scolarite, 0, false, new double[3], new double[3]));
            enfants++;
        }
        long[] percus = Percus.vide();
        String percoit = l.texte("percoit");
        if (!percoit.isEmpty()) {
            for (String element : elements(percoit)) {
                int deuxPoints = element.indexOf(':');
                if (deuxPoints < 0) {
                    throw new EntreeInvalide(id, "percoit", "« " + element + " » : prestation:montant attendu (ex. rsa:607.75 af:148.52)");
                }
                String nom = element.substring(0, deuxPoints);
                Percus.ajouter(percus, id, "percoit", nom, l.nombre("percoit." + nom, element.substring(deuxPoints + 1)));
            }
        }
        return new MenagePlat(id, periode, MenageLu.departement(depcom), percus, lots, deuxAdultes ? 2 : 1, enfants,
                union == StatutMarital.MARIE || union == StatutMarital.PACSE, occupation, loyer, depcom, communes.zoneLogement(depcom),
                personnes.toArray(LotDeMenages.Personne[]::new));
    }

    private static List<String> elements(String texte) {
        List<String> elements = new ArrayList<>(4);
        int debut = 0;
        while (debut < texte.length()) {
            int fin = texte.indexOf(' ', debut);
            if (fin < 0) {
                fin = texte.length();
            }
            if (fin > debut) {
                elements.add(texte.substring(debut, fin));
            }
            debut = fin + 1;
        }
        return elements;
    }

    private static LotDeMenages.Personne adulte(Ligne l, String p, StatutMarital union) {
        long naissance = l.date(p + "date_naissance");
        Activite activite = l.enumeration(p + "activite", Activite.class, true);
        double[] salaires = {l.montant(p + "salaire_n2"), l.montant(p + "salaire_n1"), l.montant(p + "salaire_n")};
        double[] retraites = {l.montant(p + "retraite_n2"), l.montant(p + "retraite_n1"), l.montant(p + "retraite_n")};
        double taux = l.montant(p + "taux_incapacite");
        if (taux > 1) {
            throw new EntreeInvalide(l.id, p + "taux_incapacite", "taux entre 0 et 1 attendu (0.8 pour 80 %), lu « " + l.texte(p + "taux_incapacite") + " »");
        }
        String restriction = l.texte(p + "restriction_emploi");
        if (!restriction.isEmpty() && !restriction.equals("oui") && !restriction.equals("non")) {
            throw new EntreeInvalide(l.id, p + "restriction_emploi", "oui, non ou vide attendu, lu « " + restriction + " »");
        }
        return new LotDeMenages.Personne(naissance, activite, union, Scolarite.INCONNUE, taux, restriction.equals("oui"), salaires, retraites);
    }

    /** AAAA-MM-JJ sans passer par un formateur (des millions de dates) ; une date impossible est refusée par LocalDate.of. */
    private static long dateIso(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            throw new java.time.DateTimeException(t);
        }
        return LocalDate.of(chiffres(t, 0, 4), chiffres(t, 5, 7), chiffres(t, 8, 10)).toEpochDay();
    }

    private static int chiffres(String t, int debut, int fin) {
        int v = 0;
        for (int i = debut; i < fin; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new java.time.DateTimeException(t);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Les champs d'une ligne, lus par nom de colonne ; une colonne facultative absente de l'en-tête est vide. */
    private final class Ligne {
        final String id;
        final String[] champs;

        Ligne(String id, String[] champs) {
            this.id = id;
            this.champs = champs;
        }

        String texte(String colonne) {
            int c = FormatPlat.rang(colonne);
            int i = c < 0 ? -1 : place[c];
            return i < 0 ? "" : champs[i].strip();
        }

        double montant(String colonne) {
            String t = texte(colonne);
            return t.isEmpty() ? 0 : nombre(colonne, t);
        }

        double nombre(String colonne, String t) {
            double v;
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new EntreeInvalide(id, colonne, "nombre attendu (point décimal), lu « " + t + " »");
            }
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new EntreeInvalide(id, colonne, "montant positif ou nul attendu, lu « " + t + " »");
            }
            return v;
        }

        long date(String colonne) {
            String t = texte(colonne);
            try {
                return dateIso(t);
            } catch (java.time.DateTimeException e) {
                throw new EntreeInvalide(id, colonne, "date AAAA-MM-JJ attendue, lu « " + t + " »");
            }
        }

        <E extends Enum<E>> E enumeration(String colonne, Class<E> type, boolean obligatoire) {
            String t = texte(colonne);
            try {
                return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> connues = new ArrayList<>();
                for (E c : type.getEnumConstants()) {
                    connues.add(c.name().toLowerCase(Locale.ROOT));
                }
                throw new EntreeInvalide(id, colonne, (t.isEmpty() && obligatoire ? "obligatoire" : "valeur inconnue « " + t + " »") + " (attendu : " + String.join(", ", connues) + ")");
            }
        }
    }

    private static final class MenagePlat extends MenageLu {
        private final Map<Mois, LotDeMenages> lots;
        private final int adultes;
        private final int enfants;
        private final boolean declarationCommune;
        private final StatutOccupationLogement occupation;
        private final double loyer;
        private final String depcom;
        private final int zone;
        private final LotDeMenages.Personne[] personnes;

        MenagePlat(String id, Mois periode, String departement, long[] percus, Map<Mois, LotDeMenages> lots, int adultes, int enfants,
                   boolean declarationCommune, StatutOccupationLogement occupation, double loyer, String depcom, int zone,
                   LotDeMenages.Personne[] personnes) {
            super(id, periode, departement, percus);
            this.lots = lots;
            this.adultes = adultes;
            this.enfants = enfants;
            this.declarationCommune = declarationCommune;
            this.occupation = occupation;
            this.loyer = loyer;
            this.depcom = depcom;
            this.zone = zone;
            this.personnes = personnes;
        }

        @Override
        public void charger(Mois mois, Situation cible) {
            LotDeMenages lot = lots.computeIfAbsent(mois, m -> new LotDeMenages(1, m));
            lot.vider();
            lot.ajouter(adultes, enfants, declarationCommune, occupation, loyer, depcom, zone, personnes);
            lot.charger(0, cible);
            cible.id = id;
        }
    }
}
