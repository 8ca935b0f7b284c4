package fr.passerelle.depistage.cli;

import fr.passerelle.depistage.Synthese;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bin/depistage genere} puis {@code depiste}, par le point d'entrée de la ligne de commande. */
class DepistageCliTest {

    @TempDir
    Path dossier;

    @Test
    void genere_donne_le_meme_fichier_quel_que_soit_le_nombre_de_fils_et_depiste_le_lit_sans_rejet() throws Exception {
        Path unFil = dossier.resolve("un.csv");
        Path deuxFils = dossier.resolve("deux.csv");
        int nombre = GenerationParBlocs.BLOC + 123;
        Depistage.main(new String[] {"genere", "--nombre", Integer.toString(nombre), "--graine", "77", "--periode", "2025-07", "--fils", "1", "--sortie", unFil.toString()});
        Depistage.main(new String[] {"genere", "--nombre", Integer.toString(nombre), "--graine", "77", "--periode", "2025-07", "--fils", "3", "--sortie", deuxFils.toString()});

        assertThat(Files.mismatch(unFil, deuxFils)).isEqualTo(-1L);
        List<String> lignes = Files.readAllLines(unFil);
        assertThat(lignes).hasSize(nombre + 1);
        assertThat(lignes.get(1)).startsWith("M000000000;2025-07;");
        assertThat(lignes.get(nombre)).startsWith("M0000" + (nombre - 1) + ";");

        Path sortie = dossier.resolve("resultats");
        Depistage.main(new String[] {"depiste", unFil.toString(), "--sortie", sortie.toString(), "--fils", "2"});

        Synthese s = Synthese.depuisJson(Files.readString(sortie.resolve("synthese.json")));
        assertThat(s.menages()).isEqualTo(nombre);
        assertThat(s.rejets()).isZero();
        assertThat(Files.readAllLines(sortie.resolve("constats.jsonl"))).hasSize((int) s.menagesAvecConstat());
    }
}
