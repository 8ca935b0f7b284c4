package fr.passerelle.droits.internal.domaine;

import fr.passerelle.moteur.territoire.Communes;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * Les réponses telles qu'elles ont été tapées (texte), gardées dans la session le temps du questionnaire : une
 * réponse refusée est réaffichée telle quelle, rien n'est perdu en revenant en arrière. {@link #verifier(Etape,
 * RepertoireCommunes)} dit ce qui ne va pas, champ par champ, en mots simples ; {@link #versFoyer} donne le
 * {@link Foyer} vérifié.
 */
public final class Questionnaire implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int AGE_MIN = 16;
    public static final int AGE_MAX = 120;
    public static final int ENFANTS_MAX = 12;
    public static final double REVENU_MAX = 100_000;
    public static final double LOYER_MAX = 10_000;

    /** Les champs de revenus, dans l'ordre de la page. */
    public static final List<String> REVENUS = List.of("salaire", "retraite", "chomage", "pensionAlimentaire");

    private final Map<String, String> valeurs = new LinkedHashMap<>();
    private final List<String> agesEnfants = new ArrayList<>();
    private final Set<Etape> validees = EnumSet.noneOf(Etape.class);

    public String get(String champ) {
        return valeurs.getOrDefault(champ, "");
    }

    public void set(String champ, String valeur) {
        valeurs.put(champ, valeur == null ? "" : valeur.strip());
    }

    public Map<String, String> valeurs() {
        return Map.copyOf(valeurs);
    }

    public List<String> agesEnfants() {
        return List.copyOf(agesEnfants);
    }

    /** Un questionnaire repris d'une situation enregistrée (les pages seront revérifiées avant tout calcul). */
    public static Questionnaire depuis(Map<String, String> valeurs, List<String> agesEnfants) {
        Questionnaire q = new Questionnaire();
        valeurs.forEach(q::set);
        for (int i = 0; i < agesEnfants.size(); i++) {
            q.setAgeEnfant(i, agesEnfants.get(i));
        }
        for (Etape e : Etape.values()) {
            q.marquerValidee(e);
        }
        return q;
    }

    public String ageEnfant(int i) {
        return i < agesEnfants.size() ? agesEnfants.get(i) : "";
    }

    public void setAgeEnfant(int i, String valeur) {
        while (agesEnfants.size() <= i) {
            agesEnfants.add("");
        }
        agesEnfants.set(i, valeur == null ? "" : valeur.strip());
    }

    public boolean enCouple() {
        return "oui".equals(get("couple"));
    }

    public boolean locataire() {
        Logement l = logement();
        return l != null && l.locataire();
    }

    public Logement logement() {
        try {
            return get("logement").isEmpty() ? null : Logement.valueOf(get("logement"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Le nombre d'enfants tel que tapé s'il est lisible (0 sinon). */
    public int nombreEnfantsDeclares() {
        Integer n = entier(get("enfants"));
        return n == null || n < 0 ? 0 : Math.min(n, ENFANTS_MAX);
    }

    public void marquerValidee(Etape e) {
        validees.add(e);
    }

    public boolean validee(Etape e) {
        return validees.contains(e);
    }

    /** La première page utile pas encore validée, ou {@code null} si tout est répondu. */
    public Etape premiereEtapeARemplir(RepertoireCommunes communes) {
        for (Etape e : Etape.parcours(this)) {
            if (!validees.contains(e) || !verifier(e, communes).isEmpty()) {
                return e;
            }
        }
        return null;
    }

    /** Les erreurs d'une page : champ → message qui nomme le champ et dit quoi faire. Vide si tout va bien. */
    public Map<String, String> verifier(Etape etape, RepertoireCommunes communes) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        switch (etape) {
            case FOYER -> {
                age(erreurs, "age", "Votre âge");
                if (!get("couple").equals("oui") && !get("couple").equals("non")) {
                    erreurs.put("couple", "Vivez-vous en couple : choisissez « Oui » ou « Non ».");
                }
                Integer n = entier(get("enfants"));
                if (get("enfants").isEmpty()) {
                    erreurs.put("enfants", "Enfants à charge : indiquez un nombre, 0 si vous n’en avez pas.");
                } else if (n == null || n < 0 || n > ENFANTS_MAX) {
                    erreurs.put("enfants", "Enfants à charge : indiquez un nombre entier entre 0 et " + ENFANTS_MAX + ".");
                }
            }
            case FAMILLE -> {
                if (enCouple()) {
                    age(erreurs, "ageConjoint", "Âge de votre conjoint");
                }
                Integer ageParent = entier(get("age"));
                for (int i = 0; i < nombreEnfantsDeclares(); i++) {
                    String champ = "ageEnfant" + i;
                    String nom = "Âge de l’enfant " + (i + 1);
                    Integer a = entier(ageEnfant(i));
                    if (ageEnfant(i).isEmpty()) {
                        erreurs.put(champ, nom + " : indiquez son âge en années, 0 s’il a moins d’un an.");
                    } else if (a == null || a < 0 || a > 25) {
                        erreurs.put(champ, nom + " : indiquez un âge entre 0 et 25 ans (au-delà, il n’est plus à charge).");
                    } else if (ageParent != null && a >= ageParent) {
                        erreurs.put(champ, nom + " : un enfant ne peut pas être plus âgé que vous (" + ageParent + " ans).");
                    }
                }
            }
            case REVENUS -> {
                montants(erreurs, "");
                if (enCouple()) {
                    montants(erreurs, "Conjoint");
                }
            }
            case HANDICAP -> {
                handicap(erreurs, "handicap", "Votre handicap");
                if (enCouple()) {
                    handicap(erreurs, "handicapConjoint", "Handicap de votre conjoint");
                }
            }
            case LOGEMENT -> {
                if (logement() == null) {
                    erreurs.put("logement", "Votre logement : choisissez la phrase qui vous correspond.");
                }
                String saisie = get("commune");
                if (saisie.isEmpty()) {
                    erreurs.put("commune", "Commune : indiquez le code postal ou le nom de votre commune.");
                } else {
                    Optional<Commune> retenue = communes.parCle(get("communeChoisie"));
                    if (retenue.isEmpty()) {
                        List<Commune> trouvees = communes.rechercher(saisie);
                        if (trouvees.isEmpty()) {
                            erreurs.put("commune", saisie.matches("\\d{5}")
                                    ? "Commune : le code postal " + saisie + " n’existe pas. Vérifiez les 5 chiffres."
                                    : saisie.matches("\\d+") ? "Commune : un code postal a exactement 5 chiffres, par exemple 33130."
                                    : "Commune : aucune commune ne s’appelle « " + saisie + " ». Vérifiez l’orthographe ou donnez le code postal.");
                        } else if (trouvees.size() > 1) {
                            erreurs.put("communeChoisie", "Commune : plusieurs communes correspondent à « " + saisie + " ». Choisissez la vôtre dans la liste.");
                        } else {
                            retenue = Optional.of(trouvees.get(0));
                        }
                    }
                    if (retenue.isPresent() && Communes.outreMer(retenue.get().codeInsee())) {
                        erreurs.put("commune", "Commune : " + retenue.get().nom() + " est en outre-mer, où les règles des aides "
                                + "sont différentes ; Passerelle ne sait pas encore les estimer. La CAF ou un espace France services "
                                + "près de chez vous peut le faire avec vous.");
                    }
                }
            }
            case LOYER -> {
                Double loyer = montant(get("loyer"));
                if (get("loyer").isEmpty()) {
                    erreurs.put("loyer", "Loyer : indiquez le montant de votre loyer par mois, sans les charges.");
                } else if (loyer == null) {
                    erreurs.put("loyer", "Loyer : écrivez un montant en euros, avec des chiffres (par exemple 450 ou 450,50).");
                } else if (loyer < 0) {
                    erreurs.put("loyer", "Loyer : un loyer ne peut pas être négatif.");
                } else if (loyer == 0) {
                    erreurs.put("loyer", "Loyer : vous êtes locataire, le loyer doit être plus grand que 0 €.");
                } else if (loyer > LOYER_MAX) {
                    erreurs.put("loyer", "Loyer : un loyer de plus de 10 000 € par mois n’est pas possible ici. Vérifiez le montant.");
                }
            }
            default -> throw new IllegalStateException(etape.name());
        }
        return erreurs;
    }

    /** Si la commune tapée n'a qu'une réponse, la retient ; si la commune choisie ne correspond plus, l'oublie. */
    public void resoudreCommune(RepertoireCommunes communes) {
        List<Commune> trouvees = communes.rechercher(get("commune"));
        if (trouvees.size() == 1) {
            set("communeChoisie", trouvees.get(0).cle());
        } else if (trouvees.stream().noneMatch(c -> c.cle().equals(get("communeChoisie")))) {
            set("communeChoisie", "");
        }
    }

    /** Le foyer vérifié ; à n'appeler que lorsque {@link #premiereEtapeARemplir} rend {@code null}. */
    public Foyer versFoyer(RepertoireCommunes communes) {
        Etape manquante = premiereEtapeARemplir(communes);
        if (manquante != null) {
            throw new IllegalStateException("questionnaire incomplet : " + manquante.segment());
        }
        List<Integer> enfants = new ArrayList<>();
        for (int i = 0; i < nombreEnfantsDeclares(); i++) {
            enfants.add(entier(ageEnfant(i)));
        }
        boolean couple = enCouple();
        Logement logement = logement();
        return new Foyer(entier(get("age")), couple ? entier(get("ageConjoint")) : null, enfants,
                revenus(""), couple ? revenus("Conjoint") : RevenusMensuels.AUCUN,
                Handicap.valueOf(get("handicap")), couple ? Handicap.valueOf(get("handicapConjoint")) : Handicap.AUCUN,
                logement, logement.locataire() ? montant(get("loyer")) : 0,
                communes.parCle(get("communeChoisie")).orElseThrow());
    }

    private RevenusMensuels revenus(String suffixe) {
        boolean pension = nombreEnfantsDeclares() > 0 && suffixe.isEmpty();
        return new RevenusMensuels(montantOuZero("salaire" + suffixe), montantOuZero("retraite" + suffixe),
                montantOuZero("chomage" + suffixe), pension ? montantOuZero("pensionAlimentaire") : 0);
    }

    /** Les champs de revenus demandés à une personne (« » pour vous, « Conjoint » pour le conjoint). */
    public List<String> champsRevenus(String suffixe) {
        List<String> champs = new ArrayList<>();
        for (String r : REVENUS) {
            if (r.equals("pensionAlimentaire") && (!suffixe.isEmpty() || nombreEnfantsDeclares() == 0)) {
                continue;
            }
            champs.add(r + suffixe);
        }
        return champs;
    }

    private double montantOuZero(String champ) {
        Double m = montant(get(champ));
        return m == null ? 0 : m;
    }

    private void age(Map<String, String> erreurs, String champ, String nom) {
        Integer a = entier(get(champ));
        if (get(champ).isEmpty()) {
            erreurs.put(champ, nom + " : indiquez un âge en années, par exemple 45.");
        } else if (a == null) {
            erreurs.put(champ, nom + " : écrivez l’âge avec des chiffres, par exemple 45.");
        } else if (a < AGE_MIN || a > AGE_MAX) {
            erreurs.put(champ, nom + " : l’âge doit être entre " + AGE_MIN + " et " + AGE_MAX + " ans.");
        }
    }

    private void montants(Map<String, String> erreurs, String suffixe) {
        String qui = suffixe.isEmpty() ? "" : " de votre conjoint";
        for (String champ : champsRevenus(suffixe)) {
            String nom = switch (champ.replace("Conjoint", "")) {
                case "salaire" -> "Salaire" + qui;
                case "retraite" -> "Retraite" + qui;
                case "chomage" -> "Allocation chômage" + qui;
                default -> "Pension alimentaire";
            };
            String v = get(champ);
            if (v.isEmpty()) {
                continue; // vide = 0 €
            }
            Double m = montant(v);
            if (m == null) {
                erreurs.put(champ, nom + " : écrivez un montant en euros avec des chiffres (par exemple 1200 ou 1 200,50), ou laissez vide.");
            } else if (m < 0) {
                erreurs.put(champ, nom + " : un montant ne peut pas être négatif. Mettez 0 si vous ne recevez rien.");
            } else if (m > REVENU_MAX) {
                erreurs.put(champ, nom + " : le montant par mois semble trop élevé. Vérifiez (montant par mois, pas par an).");
            }
        }
    }

    private void handicap(Map<String, String> erreurs, String champ, String nom) {
        try {
            Handicap.valueOf(get(champ));
        } catch (IllegalArgumentException e) {
            erreurs.put(champ, nom + " : choisissez une réponse.");
        }
    }

    static Integer entier(String texte) {
        if (texte == null || !texte.strip().matches("-?\\d{1,4}")) {
            return null;
        }
        return Integer.parseInt(texte.strip());
    }

    /** « 1 200,50 », « 1200.5 », « 1200 € » → 1200.5 ; {@code null} si illisible. */
    static Double montant(String texte) {
        if (texte == null) {
            return null;
        }
        String t = texte.replace("€", "").replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.');
        if (!t.matches("-?\\d{1,9}(\\.\\d{1,2})?")) {
            return null;
        }
        return Double.parseDouble(t);
    }
}
