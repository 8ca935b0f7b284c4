package fr.passerelle.mandats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.dossiers.Dossiers;

/**
 * Avec le vrai module dossiers (port {@code PersonnesMandantes} et dossiers de démonstration) : l'aidant recueille
 * le mandat de Camille par code SMS envoyé au portable de son dossier ; {@code Dossiers.ouvrir} l'autorise alors ;
 * Camille retire le mandat depuis « Mes mandats » et l'ouverture du dossier est refusée aussitôt.
 */
@SpringBootTest(properties = "passerelle.notifications.ordonnanceur.actif=false")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class MandatsAvecDossiersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Annuaire annuaire;
    @Autowired
    ComptesService comptes;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    @Test
    void mandat_par_code_sms_ouvre_le_dossier_et_son_retrait_le_referme_aussitot() throws Exception {
        long camille = annuaire.usagerParEmail("usager@demo.passerelle.fr").orElseThrow().id();
        DossierVu dossier = dossiers.dePersonne(camille).getFirst();
        CompteConnecte karim = comptes.vue(comptes.parEmail("aidant@demo.passerelle.fr").orElseThrow().compte());
        assertThatThrownBy(() -> dossiers.ouvrir(karim, dossier.id(), Perimetre.SANTE, "consultation"))
                .isInstanceOf(AccesRefuse.class).hasMessageContaining("aucun mandat");

        MockHttpSession aidant = connecter("aidant@demo.passerelle.fr");
        String base = "/dossiers/" + dossier.id() + "/mandats";
        mvc.perform(get(base + "/nouveau").session(aidant)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Camille Usager"), containsString("Le code partira au 06 12 34 56 78"))));
        String ou = mvc.perform(post(base + "/nouveau").session(aidant).with(csrf()).param("perimetres", "SANTE")
                        .param("duree", "3").param("unite", "MOIS").param("mode", "CODE_SMS"))
                .andReturn().getResponse().getRedirectedUrl();
        Matcher m = Pattern.compile("/mandats/(\\d+)/code$").matcher(ou);
        assertThat(m.find()).as(ou).isTrue();
        long mandat = Long.parseLong(m.group(1));
        String sms = jdbc.sql("SELECT corps FROM notification WHERE cle LIKE :c AND destinataire = '+33612345678'")
                .param("c", "mandat-code:" + mandat + ":%").query(String.class).single();
        Matcher code = Pattern.compile("est (\\d{6})\\.").matcher(sms);
        assertThat(code.find()).isTrue();
        mvc.perform(post(base + "/" + mandat + "/code").session(aidant).with(csrf()).param("code", code.group(1)))
                .andExpect(redirectedUrl(base + "/" + mandat));

        assertThat(dossiers.ouvrir(karim, dossier.id(), Perimetre.SANTE, "consultation").id()).isEqualTo(dossier.id());
        assertThatThrownBy(() -> dossiers.ouvrir(karim, dossier.id(), Perimetre.IMPOTS, "consultation"))
                .isInstanceOf(AccesRefuse.class).hasMessageContaining("ne couvre pas : Impôts");

        MockHttpSession personne = connecter("usager@demo.passerelle.fr");
        mvc.perform(get("/mes-mandats").session(personne))
                .andExpect(content().string(containsString("id=\"retirer-" + mandat + "\"")));
        mvc.perform(post("/mes-mandats/" + mandat + "/retirer").session(personne).with(csrf()))
                .andExpect(redirectedUrl("/mes-mandats"));
        assertThatThrownBy(() -> dossiers.ouvrir(karim, dossier.id(), Perimetre.SANTE, "consultation"))
                .isInstanceOf(AccesRefuse.class).hasMessageContaining("révoqué").hasMessageContaining("depuis son espace");
    }
}
