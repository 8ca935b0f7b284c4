package fr.passerelle.moteur.cli;

import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.legislation.LegislationInvalide;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Point d'entrée de {@code bin/droits}. */
public final class Droits {

    private Droits() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream erreurs = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<String> arguments = Arrays.asList(args);
        if (arguments.isEmpty() || arguments.contains("--aide") || arguments.contains("-h")) {
            aide(System.out);
            return;
        }
        Moteur moteur;
        try {
            moteur = Moteur.francais();
        } catch (LegislationInvalide e) {
            erreurs.println("Législation invalide : " + e.getMessage());
            System.exit(3);
            return;
        }
        switch (arguments.get(0)) {
            case "calcul" -> {
                boolean explique = arguments.contains("--explique");
                int fils = Runtime.getRuntime().availableProcessors();
                var entree = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
                var sortie = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                int enErreur = new CalculLignes(moteur, explique).executer(entree, sortie, erreurs, fils);
                sortie.flush();
                System.exit(enErreur == 0 ? 0 : 1);
            }
            default -> {
                erreurs.println("Commande inconnue : " + arguments.get(0));
                aide(erreurs);
                System.exit(2);
            }
        }
    }

    private static void aide(PrintStream out) {
        out.println("""
                bin/droits — le moteur de droits de Passerelle

                  bin/droits calcul [--explique]   lit des lignes JSON {"id","period","situation"} sur l'entrée standard,
                                                   écrit {"id","outputs"} sur la sortie standard (une ligne par ménage) ;
                                                   --explique ajoute les explications de chaque droit.
                  bin/droits bench                 mesure le débit du calcul par lots et du chemin JSON.
                """);
    }
}
