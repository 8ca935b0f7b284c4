package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Moteur;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Un dépistage embarqué en mémoire : les lignes produites par nature, et la synthèse. */
record Execution(List<String> constats, List<String> attributions, List<String> rejets, List<String> changements, Synthese synthese) {

    static final Moteur MOTEUR = Moteur.francais();

    static Execution de(String entree, OptionsDepistage options, int fils) throws IOException {
        List<String> constats = new ArrayList<>();
        List<String> attributions = new ArrayList<>();
        List<String> rejets = new ArrayList<>();
        List<String> changements = new ArrayList<>();
        Synthese s = new DepistageEmbarque(MOTEUR, options, fils).executer(new BufferedReader(new StringReader(entree)), (nature, ligne) -> {
            switch (nature) {
                case TraitementLignes.CONSTATS -> constats.add(ligne);
                case TraitementLignes.ATTRIBUTIONS -> attributions.add(ligne);
                case TraitementLignes.REJETS -> rejets.add(ligne);
                case TraitementLignes.CHANGEMENTS -> changements.add(ligne);
                default -> throw new IllegalStateException(nature);
            }
        });
        return new Execution(constats, attributions, rejets, changements, s);
    }

    static Execution csv(String entree) throws IOException {
        return de(entree, OptionsDepistage.simple(FormatEntree.CSV), 2);
    }
}
