package fr.passerelle.ateliers.internal.domaine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lecture d'une liste de quartiers prioritaires (QPV) au format {@code code_qp;lib_qp;insee_com} (séparateur
 * point-virgule ou virgule, ligne d'en-tête obligatoire). Chaque erreur nomme la ligne et le champ ; une liste
 * avec une seule erreur n'est pas importée du tout (rien à moitié).
 */
public final class ImportQpv {

    public record QuartierPrioritaire(String code, String libelle, String codeCommune) {
    }

    public record Resultat(List<QuartierPrioritaire> quartiers, List<String> erreurs) {

        public boolean valide() {
            return erreurs.isEmpty() && !quartiers.isEmpty();
        }
    }

    private ImportQpv() {
    }

    public static Resultat lire(String contenu, Predicate<String> communeConnue) {
        List<String> erreurs = new ArrayList<>();
        List<QuartierPrioritaire> quartiers = new ArrayList<>();
        String[] lignes = contenu.replace("\uFEFF", "").split("\\R");
        if (lignes.length == 0 || lignes[0].isBlank()) {
            return new Resultat(List.of(), List.of("Le fichier est vide : la première ligne doit être code_qp;lib_qp;insee_com."));
        }
        String separateur = lignes[0].contains(";") ? ";" : ",";
        String entete = lignes[0].strip().toLowerCase().replace("\"", "");
        if (!entete.equals(String.join(separateur, "code_qp", "lib_qp", "insee_com"))) {
            return new Resultat(List.of(), List.of("Ligne 1 : l'en-tête doit être code_qp;lib_qp;insee_com (lu : « "
                    + lignes[0].strip() + " »)."));
        }
        Set<String> vus = new HashSet<>();
        for (int i = 1; i < lignes.length; i++) {
            int numero = i + 1;
            if (lignes[i].isBlank()) {
                continue;
            }
            String[] champs = lignes[i].split(separateur, -1);
            if (champs.length != 3) {
                erreurs.add("Ligne " + numero + " : 3 champs attendus (code_qp, lib_qp, insee_com), " + champs.length + " trouvés.");
                continue;
            }
            String code = nettoyer(champs[0]);
            String libelle = nettoyer(champs[1]);
            String commune = nettoyer(champs[2]);
            boolean ok = true;
            if (!code.matches("QN?\\d{3,6}[A-Z0-9]*|QP\\d{3}[A-Z0-9]+")) {
                erreurs.add("Ligne " + numero + ", champ code_qp : « " + code + " » n'est pas un code de quartier prioritaire (par exemple QN03301M ou QP033001).");
                ok = false;
            } else if (!vus.add(code)) {
                erreurs.add("Ligne " + numero + ", champ code_qp : le quartier « " + code + " » figure déjà plus haut.");
                ok = false;
            }
            if (libelle.isEmpty() || libelle.length() > 200) {
                erreurs.add("Ligne " + numero + ", champ lib_qp : le nom du quartier est vide ou dépasse 200 caractères.");
                ok = false;
            }
            if (!commune.matches("\\d[0-9AB]\\d{3}")) {
                erreurs.add("Ligne " + numero + ", champ insee_com : « " + commune + " » n'est pas un code INSEE de commune (5 caractères, par exemple 33063).");
                ok = false;
            } else if (!communeConnue.test(commune)) {
                erreurs.add("Ligne " + numero + ", champ insee_com : la commune « " + commune + " » est inconnue (absente de la liste des communes).");
                ok = false;
            }
            if (ok) {
                quartiers.add(new QuartierPrioritaire(code, libelle, commune));
            }
        }
        if (quartiers.isEmpty() && erreurs.isEmpty()) {
            erreurs.add("Le fichier ne contient aucun quartier après l'en-tête.");
        }
        return new Resultat(erreurs.isEmpty() ? List.copyOf(quartiers) : List.of(), List.copyOf(erreurs));
    }

    private static String nettoyer(String champ) {
        String s = champ.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }
}
