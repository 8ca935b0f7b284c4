package fr.passerelle.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import fr.passerelle.PasserelleApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

import fr.passerelle.dossiers.internal.domaine.Nir;
import fr.passerelle.dossiers.internal.persistance.ChiffrementNir;
import fr.passerelle.dossiers.internal.persistance.CleDeChiffrementFailureAnalyzer;
import fr.passerelle.dossiers.internal.persistance.CleDeChiffrementInvalide;

@ExtendWith(OutputCaptureExtension.class)
/** AES-GCM du NIR : aller-retour, vecteur aléatoire, altération détectée, mauvaise clé, clé absente au démarrage. */
class ChiffrementNirTest {

    static final String CLE = Base64.getEncoder().encodeToString(new byte[32]);
    static final Nir NIR = Nir.lire("284123306304537");

    @Test
    void chiffre_et_dechiffre_sans_jamais_ecrire_le_numero_en_clair() {
        ChiffrementNir chiffrement = new ChiffrementNir(CLE);
        String a = chiffrement.chiffrer(NIR);
        String b = chiffrement.chiffrer(NIR);
        assertThat(a).isNotEqualTo(b).doesNotContain("284123306304537");
        assertThat(new String(Base64.getDecoder().decode(a), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("284123306304537");
        assertThat(chiffrement.dechiffrer(a)).isEqualTo(NIR);
        assertThat(chiffrement.dechiffrer(b)).isEqualTo(NIR);
    }

    @Test
    void une_valeur_modifiee_ou_une_autre_cle_est_refusee() {
        ChiffrementNir chiffrement = new ChiffrementNir(CLE);
        byte[] octets = Base64.getDecoder().decode(chiffrement.chiffrer(NIR));
        octets[octets.length - 1] ^= 1;
        String altere = Base64.getEncoder().encodeToString(octets);
        assertThatThrownBy(() -> chiffrement.dechiffrer(altere)).hasMessageContaining("modifiée");
        byte[] autre = new byte[32];
        autre[0] = 1;
        ChiffrementNir autreCle = new ChiffrementNir(Base64.getEncoder().encodeToString(autre));
        String chiffre = chiffrement.chiffrer(NIR);
        assertThatThrownBy(() -> autreCle.dechiffrer(chiffre)).hasMessageContaining("clé");
    }

    @Test
    void cle_absente_illisible_ou_de_mauvaise_taille_empeche_le_demarrage_avec_un_message_clair() {
        assertThatThrownBy(() -> new ChiffrementNir("")).isInstanceOf(CleDeChiffrementInvalide.class)
                .hasMessageContaining("n'est pas définie");
        assertThatThrownBy(() -> new ChiffrementNir("pas du base64 !")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new ChiffrementNir(Base64.getEncoder().encodeToString(new byte[10])))
                .hasMessageContaining("10 octets");
        FailureAnalysis analyse = new CleDeChiffrementFailureAnalyzer()
                .analyze(new IllegalStateException("contexte", new CleDeChiffrementInvalide("la clé passerelle.chiffrement.cle n'est pas définie")));
        assertThat(analyse.getDescription()).contains("numéros de sécurité sociale").contains("n'est pas définie");
        assertThat(analyse.getAction()).contains("PASSERELLE_CHIFFREMENT_CLE");
    }

    @Test
    void en_production_sans_cle_l_application_ne_demarre_pas(CapturedOutput sortie) {
        SpringApplication application = new SpringApplication(PasserelleApplication.class);
        application.setAdditionalProfiles("test", "prod");
        assertThatThrownBy(() -> application.run("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.structured.format.console=").close()).isInstanceOf(Exception.class);
        assertThat(sortie.getAll()).contains("APPLICATION FAILED TO START")
                .contains("Passerelle ne peut pas chiffrer les numéros de sécurité sociale : la clé passerelle.chiffrement.cle n'est pas définie")
                .contains("PASSERELLE_CHIFFREMENT_CLE");
    }
}
