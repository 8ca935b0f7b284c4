package fr.passerelle.mandats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.comptes.internal.domaine.AdresseEmail;
import fr.passerelle.comptes.internal.domaine.Compte;
import fr.passerelle.journal.EntreeJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.mandats.PersonnesMandantes.Mandant;
import fr.passerelle.notifications.HorlogeReglable;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.TypeStructure;

/**
 * Pages des mandats (MockMvc, vrais comptes connectés) : préparation avec erreurs nommées et saisie conservée, code
 * par SMS juste, faux, expiré, épuisé, signature à l'écran, formulaire imprimable et PDF, retrait depuis l'espace, au
 * guichet et par SMS (l'accès cesse aussitôt), aidant d'une autre structure et usager d'un autre dossier refusés.
 */
@SpringBootTest(properties = {"passerelle.notifications.ordonnanceur.actif=false",
        "passerelle.notifications.sms.secret-entrant=secret-de-test"})
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class MandatsWebTest {

    /** Mercredi 3 juin 2026, 10 h à Paris : hors des heures calmes, le code part aussitôt. */
    static final Instant DEBUT = Instant.parse("2026-06-03T08:00:00Z");
    static final HorlogeReglable HORLOGE = new HorlogeReglable(DEBUT);
    static final PersonnesDeTest PERSONNES = new PersonnesDeTest();
    static final AtomicLong DOSSIERS = new AtomicLong(5000);

    @TestConfiguration
    static class Reglages {
        @Bean
        @Primary
        HorlogeReglable horlogeDeTest() {
            return HORLOGE;
        }

        @Bean
        @Primary
        PersonnesDeTest personnesDeTest() {
            return PERSONNES;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Mandats mandats;
    @Autowired
    Journal journal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ComptesService comptes;
    @Autowired
    ReferentielStructures structures;
    @Autowired
    PasswordEncoder encodeur;
    @Autowired
    fr.passerelle.comptes.Annuaire annuaire;

    long dossier;
    String portable;
    CompteConnecte aidant;

    @BeforeEach
    void unDossierDeLaStructureDeKarim() {
        HORLOGE.regler(DEBUT);
        aidant = comptes.vue(comptes.parEmail("aidant@demo.passerelle.fr").orElseThrow().compte());
        long usager = annuaire.usagerParEmail("usager@demo.passerelle.fr").orElseThrow().id();
        dossier = DOSSIERS.incrementAndGet();
        portable = String.format("06 11 22 %02d %02d", dossier / 100 % 100, dossier % 100);
        PERSONNES.ajouter(new Mandant(dossier, aidant.structureId().orElseThrow(), "Camille Usager",
                Optional.of(portable), Optional.of(usager)));
        long ccas = structures.structuresProches("33000", Optional.of(TypeStructure.CCAS)).getFirst().id();
        creerSiAbsent("bruno.ccas@exemple.fr", "Bruno Aidant", Role.AIDANT, ccas);
        creerSiAbsent("dominique@exemple.fr", "Dominique Usager", Role.USAGER, null);
    }

    @AfterEach
    void horlogeRemiseALHeure() {
        HORLOGE.regler(DEBUT);
    }

    void creerSiAbsent(String email, String nom, Role role, Long structure) {
        if (comptes.parEmail(email).isEmpty()) {
            comptes.creerSiAbsent(Compte.nouveau(new AdresseEmail(email), nom, role, structure, null, HORLOGE),
                    encodeur.encode("passerelle-demo"));
        }
    }

    MockHttpSession connecter(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/connexion").session(session).with(csrf()).param("email", email).param("motDePasse", "passerelle-demo"))
                .andExpect(redirectedUrl("/mon-espace"));
        return session;
    }

    String base() {
        return "/dossiers/" + dossier + "/mandats";
    }

    /** Prépare un mandat et renvoie son numéro (lu dans l'adresse de redirection). */
    long preparer(MockHttpSession session, String mode, String... perimetres) throws Exception {
        String ou = mvc.perform(post(base() + "/nouveau").session(session).with(csrf()).param("perimetres", perimetres)
                        .param("duree", "6").param("unite", "MOIS").param("mode", mode))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Matcher m = Pattern.compile("/mandats/(\\d+)/").matcher(ou);
        assertThat(m.find()).as(ou).isTrue();
        return Long.parseLong(m.group(1));
    }

    String dernierCode(long mandat) {
        String corps = jdbc.sql("SELECT corps FROM notification WHERE cle LIKE :c ORDER BY id DESC")
                .param("c", "mandat-code:" + mandat + ":%").query(String.class).list().getFirst();
        Matcher m = Pattern.compile("est (\\d{6})\\.").matcher(corps);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String faux(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void preparation_refusee_avec_le_champ_et_la_raison_sans_rien_perdre() throws Exception {
        MockHttpSession karim = connecter("aidant@demo.passerelle.fr");
        mvc.perform(get(base() + "/nouveau").session(karim)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Préparer un mandat pour Camille Usager"),
                        containsString("Le code partira au " + portable), containsString("Impôts (DGFiP)"))));
        mvc.perform(post(base() + "/nouveau").session(karim).with(csrf()).param("duree", "treize").param("unite", "MOIS"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Erreur : préparer un mandat"),
                        containsString("Cochez au moins un périmètre"), containsString("id=\"perimetres-erreur\""),
                        containsString("La durée doit être un nombre en chiffres"), containsString("value=\"treize\""),
                        containsString("aria-describedby=\"duree-aide duree-erreur\""),
                        containsString("Choisissez comment la personne donne son accord"))));
        mvc.perform(post(base() + "/nouveau").session(karim).with(csrf()).param("perimetres", "SANTE", "IMPOTS")
                        .param("duree", "13").param("unite", "MOIS").param("mode", "SIGNATURE_ECRAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ne peut pas dépasser douze mois (vous avez indiqué 13 mois)"),
                        containsString("value=\"13\""), containsString("id=\"perimetre-IMPOTS\" value=\"IMPOTS\" checked"),
                        containsString("id=\"mode-SIGNATURE_ECRAN\" value=\"SIGNATURE_ECRAN\" checked"))));
        assertThat(mandats.duDossier(dossier)).isEmpty();
    }

    @Test
    void code_par_sms_puis_retrait_depuis_mon_espace_coupe_l_acces_aussitot() throws Exception {
        MockHttpSession karim = connecter("aidant@demo.passerelle.fr");
        long mandat = preparer(karim, "CODE_SMS", "PRESTATIONS_SOCIALES", "LOGEMENT");
        mvc.perform(get(base() + "/" + mandat + "/code").session(karim)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(portable), containsString("vaut jusqu'à <strong>10 h 10</strong>"))));
        String code = dernierCode(mandat);
        mvc.perform(post(base() + "/" + mandat + "/code").session(karim).with(csrf()).param("code", faux(code)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ce code n&#39;est pas le bon. Il reste 2 essais."),
                        containsString("value=\"" + faux(code) + "\""), containsString("aria-describedby=\"code-aide code-erreur\""))));
        mvc.perform(post(base() + "/" + mandat + "/code").session(karim).with(csrf()).param("code", code))
                .andExpect(redirectedUrl(base() + "/" + mandat));
        mvc.perform(get(base() + "/" + mandat).session(karim))
                .andExpect(content().string(allOf(containsString("data-etat=\"ACTIF\""), containsString("Logement"))));
        assertThat(mandats.decider(aidant, dossier, Perimetre.LOGEMENT)).isInstanceOf(DecisionAcces.Autorise.class);

        MockHttpSession camille = connecter("usager@demo.passerelle.fr");
        mvc.perform(get("/espace/usager").session(camille)).andExpect(content().string(containsString("href=\"/mes-mandats\"")));
        mvc.perform(get("/mes-mandats").session(camille)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("France services de Bègles"),
                        containsString("Prestations sociales"), containsString("id=\"retirer-" + mandat + "\""))));
        HORLOGE.avancer(Duration.ofMinutes(30));
        mvc.perform(post("/mes-mandats/" + mandat + "/retirer").session(camille).with(csrf()))
                .andExpect(redirectedUrl("/mes-mandats"));
        assertThat(mandats.decider(aidant, dossier, Perimetre.LOGEMENT)).isEqualTo(new DecisionAcces.Refuse(
                "le mandat a été révoqué le 3 juin 2026 à 10 h 30 par la personne, depuis son espace"));
        mvc.perform(get("/mes-mandats").session(camille))
                .andExpect(content().string(allOf(containsString("data-etat=\"REVOQUE\""), not(containsString("id=\"retirer-" + mandat + "\"")))));
        assertThat(journal.duDossier(dossier)).extracting(EntreeJournal::action).startsWith("mandat révoqué", "mandat signé",
                "code de mandat refusé");
        assertThat(journal.duDossier(dossier).getFirst().acteurNom()).isEqualTo("la personne");
    }

    @Test
    void code_faux_trop_d_essais_puis_expire() throws Exception {
        MockHttpSession karim = connecter("aidant@demo.passerelle.fr");
        long mandat = preparer(karim, "CODE_SMS", "SANTE");
        String code = dernierCode(mandat);
        for (String attendu : new String[] {"Il reste 2 essais", "Il reste 1 essai.", "c&#39;était le dernier essai"}) {
            mvc.perform(post(base() + "/" + mandat + "/code").session(karim).with(csrf()).param("code", faux(code)))
                    .andExpect(content().string(containsString(attendu)));
        }
        mvc.perform(post(base() + "/" + mandat + "/code").session(karim).with(csrf()).param("code", code))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Trop d&#39;essais")));
        mvc.perform(post(base() + "/" + mandat + "/code/renvoyer").session(karim).with(csrf()))
                .andExpect(redirectedUrl(base() + "/" + mandat + "/code"));
        String nouveau = dernierCode(mandat);
        HORLOGE.avancer(Duration.ofMinutes(10).plusSeconds(1));
        mvc.perform(post(base() + "/" + mandat + "/code").session(karim).with(csrf()).param("code", nouveau))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce code a expiré à 10 h 10 (il est valable 10 minutes)")));
        assertThat(mandats.decider(aidant, dossier, Perimetre.SANTE)).isInstanceOf(DecisionAcces.Refuse.class);
        assertThat(journal.duDossier(dossier)).filteredOn(e -> e.action().equals("code de mandat refusé"))
                .hasSize(5).allSatisfy(e -> assertThat(e.resultat()).isEqualTo(ResultatAcces.REFUSE));
    }

    @Test
    void signature_a_l_ecran_impression_et_retrait_au_guichet() throws Exception {
        MockHttpSession karim = connecter("aidant@demo.passerelle.fr");
        long mandat = preparer(karim, "SIGNATURE_ECRAN", "IMPOTS");
        String signature = base() + "/" + mandat + "/signature";
        mvc.perform(get(signature).session(karim)).andExpect(status().isOk())
                .andExpect(content().string(containsString("J&#39;accepte que France services de Bègles fasse ces démarches")));
        mvc.perform(post(signature).session(karim).with(csrf()).param("nom", "Camille Usager"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Cochez « J&#39;accepte »"),
                        containsString("value=\"Camille Usager\""))));
        mvc.perform(post(signature).session(karim).with(csrf()).param("accepte", "oui").param("nom", "Camille Martin"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("ne correspond pas au nom du dossier"), containsString("value=\"Camille Martin\""),
                        containsString("id=\"accepte\" name=\"accepte\" value=\"oui\" checked"))));
        mvc.perform(post(signature).session(karim).with(csrf()).param("accepte", "oui").param("nom", "camille usager"))
                .andExpect(redirectedUrl(base() + "/" + mandat));
        assertThat(mandats.exiger(aidant, dossier, Perimetre.IMPOTS).mandatId()).isEqualTo(mandat);

        mvc.perform(get(base() + "/" + mandat + "/imprimer").session(karim)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"fr\""), containsString("Camille Usager autorise les aidants de France services de Bègles"),
                        containsString("Impôts (DGFiP)"), containsString("RETIRER par SMS"))));
        byte[] pdf = mvc.perform(get(base() + "/" + mandat + "/mandat.pdf").session(karim)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        mvc.perform(post(base() + "/" + mandat + "/revoquer").session(karim).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cochez la case pour confirmer")));
        assertThat(mandats.decider(aidant, dossier, Perimetre.IMPOTS)).isInstanceOf(DecisionAcces.Autorise.class);
        mvc.perform(post(base() + "/" + mandat + "/revoquer").session(karim).with(csrf()).param("demandeParLaPersonne", "oui"))
                .andExpect(redirectedUrl(base() + "/" + mandat));
        assertThat(mandats.decider(aidant, dossier, Perimetre.IMPOTS).toString())
                .contains("à la demande de la personne, au guichet (enregistré par Karim Aidant)");
        assertThat(journal.duDossier(dossier)).as("aucune donnée de la personne suivie au journal (ADR 0006)")
                .allSatisfy(e -> assertThat(e.acteurNom() + " " + e.motif()).doesNotContain("Camille"))
                .extracting(EntreeJournal::action).contains("signature à l'écran refusée", "mandat signé", "mandat révoqué");
    }

    @Test
    void retrait_par_sms_coupe_l_acces_aussitot_et_confirme() throws Exception {
        MockHttpSession karim = connecter("aidant@demo.passerelle.fr");
        long mandat = preparer(karim, "SIGNATURE_ECRAN", "TRAVAIL");
        mvc.perform(post(base() + "/" + mandat + "/signature").session(karim).with(csrf()).param("accepte", "oui")
                .param("nom", "Camille Usager"));
        assertThat(mandats.decider(aidant, dossier, Perimetre.TRAVAIL)).isInstanceOf(DecisionAcces.Autorise.class);
        mvc.perform(post("/notifications/sms/entrant").header("X-Passerelle-Secret", "secret-de-test")
                        .param("from", portable).param("text", "RETIRER"))
                .andExpect(status().isOk()).andExpect(content().string("RETRAIT_TRANSMIS"));
        assertThat(mandats.decider(aidant, dossier, Perimetre.TRAVAIL).toString())
                .contains("le mandat a été révoqué le 3 juin 2026 à 10 h 00 par la personne, par SMS");
        String e164 = "+33" + portable.substring(1).replace(" ", "");
        assertThat(jdbc.sql("SELECT corps FROM notification WHERE cle LIKE :c").param("c", "mandat-retire:" + e164 + ":%")
                .query(String.class).single()).contains("vos mandats sont retirés");
    }

    @Test
    void aidant_d_une_autre_structure_et_usager_d_un_autre_dossier_refuses() throws Exception {
        MockHttpSession karim = connecter("aidant@demo.passerelle.fr");
        long mandat = preparer(karim, "SIGNATURE_ECRAN", "SANTE");
        mvc.perform(post(base() + "/" + mandat + "/signature").session(karim).with(csrf()).param("accepte", "oui")
                .param("nom", "Camille Usager"));

        MockHttpSession bruno = connecter("bruno.ccas@exemple.fr");
        for (String page : new String[] {base(), base() + "/nouveau", base() + "/" + mandat, base() + "/" + mandat + "/imprimer",
                base() + "/" + mandat + "/mandat.pdf"}) {
            mvc.perform(get(page).session(bruno)).andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("Raison : ce dossier appartient à une autre structure.")));
        }
        mvc.perform(post(base() + "/" + mandat + "/revoquer").session(bruno).with(csrf()).param("demandeParLaPersonne", "oui"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base() + "/nouveau").session(bruno).with(csrf()).param("perimetres", "SANTE").param("duree", "1")
                .param("unite", "MOIS").param("mode", "SIGNATURE_ECRAN")).andExpect(status().isForbidden());
        assertThat(journal.duDossier(dossier).getFirst()).satisfies(e -> {
            assertThat(e.acteurNom()).isEqualTo("Bruno Aidant");
            assertThat(e.resultat()).isEqualTo(ResultatAcces.REFUSE);
            assertThat(e.action()).isEqualTo("préparation d'un mandat");
        });

        MockHttpSession dominique = connecter("dominique@exemple.fr");
        mvc.perform(get("/mes-mandats").session(dominique)).andExpect(content().string(containsString("Vous n'avez donné aucun mandat.")));
        mvc.perform(post("/mes-mandats/" + mandat + "/retirer").session(dominique).with(csrf()))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("n&#39;est pas l&#39;un des vôtres")));
        assertThat(mandats.decider(aidant, dossier, Perimetre.SANTE)).isInstanceOf(DecisionAcces.Autorise.class);
        assertThat(journal.duDossier(dossier).getFirst().action()).isEqualTo("retrait d'un mandat");

        // Les rôles : un usager n'entre pas dans les pages de l'aidant, ni l'aidant dans « Mes mandats ».
        mvc.perform(get(base()).session(dominique)).andExpect(status().isForbidden());
        mvc.perform(get("/mes-mandats").session(karim)).andExpect(status().isForbidden());
        mvc.perform(get("/mes-mandats")).andExpect(status().is3xxRedirection());
    }

    /**
     * Matrice d'autorisation des routes des mandats : chaque route × chaque rôle × chaque état de mandat. Seul
     * l'aidant de la structure du dossier entre dans les pages du dossier ; seule la personne retire depuis « Mes
     * mandats » ; rien ne change quand l'accès est refusé ; chaque refus du domaine est journalisé.
     */
    @Test
    void matrice_routes_roles_etats() throws Exception {
        MockHttpSession karim = connecter("aidant@demo.passerelle.fr");
        java.util.Map<EtatMandat, Long> parEtat = new java.util.EnumMap<>(EtatMandat.class);
        parEtat.put(EtatMandat.EN_ATTENTE_DE_SIGNATURE, preparer(karim, "CODE_SMS", "SANTE"));
        for (EtatMandat etat : new EtatMandat[] {EtatMandat.ACTIF, EtatMandat.EXPIRE, EtatMandat.REVOQUE}) {
            String ou = mvc.perform(post(base() + "/nouveau").session(karim).with(csrf()).param("perimetres", "SANTE")
                            .param("duree", etat == EtatMandat.EXPIRE ? "1" : "6")
                            .param("unite", etat == EtatMandat.EXPIRE ? "JOURS" : "MOIS").param("mode", "SIGNATURE_ECRAN"))
                    .andReturn().getResponse().getRedirectedUrl();
            long id = Long.parseLong(ou.replaceAll(".*/mandats/(\\d+)/signature", "$1"));
            mvc.perform(post(base() + "/" + id + "/signature").session(karim).with(csrf()).param("accepte", "oui")
                    .param("nom", "Camille Usager")).andExpect(redirectedUrl(base() + "/" + id));
            parEtat.put(etat, id);
        }
        mvc.perform(post(base() + "/" + parEtat.get(EtatMandat.REVOQUE) + "/revoquer").session(karim).with(csrf())
                .param("demandeParLaPersonne", "oui")).andExpect(status().is3xxRedirection());
        HORLOGE.avancer(Duration.ofDays(2));
        assertThat(mandats.duDossier(dossier)).extracting(MandatResume::id, MandatResume::etat).containsExactlyInAnyOrder(
                parEtat.entrySet().stream().map(e -> org.assertj.core.api.Assertions.tuple(e.getValue(), e.getKey()))
                        .toArray(org.assertj.core.groups.Tuple[]::new));

        java.util.Map<String, MockHttpSession> refuses = new java.util.LinkedHashMap<>();
        refuses.put("la personne (usager)", connecter("usager@demo.passerelle.fr"));
        refuses.put("un autre usager", connecter("dominique@exemple.fr"));
        refuses.put("aidant d'une autre structure", connecter("bruno.ccas@exemple.fr"));
        refuses.put("agent", connecter("agent@demo.passerelle.fr"));
        refuses.put("coordinateur", connecter("coordinateur@demo.passerelle.fr"));
        refuses.put("administrateur", connecter("admin@demo.passerelle.fr"));
        long refusAvant = journal.duDossier(dossier).stream().filter(e -> e.resultat() == ResultatAcces.REFUSE).count();
        int routes = 0;
        for (long mandat : parEtat.values()) {
            String m = base() + "/" + mandat;
            java.util.List<org.springframework.test.web.servlet.RequestBuilder> requetes = java.util.List.of(
                    get(base()), get(base() + "/nouveau"), get(m), get(m + "/imprimer"), get(m + "/mandat.pdf"),
                    get(m + "/code"), get(m + "/signature"),
                    post(base() + "/nouveau").with(csrf()).param("perimetres", "SANTE").param("duree", "1")
                            .param("unite", "MOIS").param("mode", "SIGNATURE_ECRAN"),
                    post(m + "/code").with(csrf()).param("code", "123456"), post(m + "/code/renvoyer").with(csrf()),
                    post(m + "/signature").with(csrf()).param("accepte", "oui").param("nom", "Camille Usager"),
                    post(m + "/revoquer").with(csrf()).param("demandeParLaPersonne", "oui"));
            for (var requete : requetes) {
                mvc.perform(requete).andExpect(status().is3xxRedirection())
                        .andExpect(header().string("Location", containsString("/connexion")));
                for (var role : refuses.entrySet()) {
                    var r = (org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) requete;
                    mvc.perform(r.session(role.getValue())).andExpect(status().isForbidden());
                }
                routes++;
            }
            for (var role : refuses.entrySet()) {
                if (!role.getKey().equals("la personne (usager)")) {
                    mvc.perform(post("/mes-mandats/" + mandat + "/retirer").session(role.getValue()).with(csrf()))
                            .andExpect(status().isForbidden());
                }
            }
        }
        for (var role : refuses.entrySet()) {
            boolean usager = role.getKey().contains("usager");
            mvc.perform(get("/mes-mandats").session(role.getValue()))
                    .andExpect(usager ? status().isOk() : status().isForbidden());
        }
        mvc.perform(get("/mes-mandats").session(karim)).andExpect(status().isForbidden());
        assertThat(routes).isEqualTo(4 * 12);
        assertThat(mandats.duDossier(dossier)).as("aucun refus n'a rien changé").hasSize(4)
                .extracting(MandatResume::id, MandatResume::etat).containsExactlyInAnyOrder(
                        parEtat.entrySet().stream().map(e -> org.assertj.core.api.Assertions.tuple(e.getValue(), e.getKey()))
                                .toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(journal.duDossier(dossier).stream().filter(e -> e.resultat() == ResultatAcces.REFUSE).count() - refusAvant)
                .as("chaque refus journalisé : 12 routes × 4 mandats × 6 comptes (l'aidant d'une autre structure par le "
                        + "domaine des mandats, les 5 autres par la sécurité, inscrits par le module dossiers), et les "
                        + "4 retraits tentés par l'autre usager")
                .isEqualTo(4 * 12 * 6 + 4);

        // L'aidant de la structure : toutes les pages, quel que soit l'état ; code et signature seulement en attente.
        for (var e : parEtat.entrySet()) {
            String m = base() + "/" + e.getValue();
            for (String page : new String[] {base(), base() + "/nouveau", m, m + "/imprimer", m + "/mandat.pdf"}) {
                mvc.perform(get(page).session(karim)).andExpect(status().isOk());
            }
            boolean enAttente = e.getKey() == EtatMandat.EN_ATTENTE_DE_SIGNATURE;
            mvc.perform(get(m + "/code").session(karim))
                    .andExpect(enAttente ? status().isOk() : status().is3xxRedirection());
            mvc.perform(get(m + "/signature").session(karim)).andExpect(status().is3xxRedirection());
            if (enAttente) {
                mvc.perform(post(m + "/code").session(karim).with(csrf()).param("code", "123456"))
                        .andExpect(status().isOk()).andExpect(content().string(containsString("Ce code a expiré")));
            } else {
                mvc.perform(post(m + "/code").session(karim).with(csrf()).param("code", "123456"))
                        .andExpect(redirectedUrl(m)).andExpect(flash().attribute("erreur",
                                org.hamcrest.Matchers.startsWith("Ce mandat n'attend plus de signature (il est ")));
                mvc.perform(post(m + "/signature").session(karim).with(csrf()).param("accepte", "oui")
                        .param("nom", "Camille Usager")).andExpect(redirectedUrl(m))
                        .andExpect(flash().attribute("erreur", containsString("n'attend plus de signature")));
            }
        }
        for (EtatMandat fini : new EtatMandat[] {EtatMandat.EXPIRE, EtatMandat.REVOQUE}) {
            mvc.perform(post(base() + "/" + parEtat.get(fini) + "/revoquer").session(karim).with(csrf())
                            .param("demandeParLaPersonne", "oui"))
                    .andExpect(redirectedUrl(base() + "/" + parEtat.get(fini)))
                    .andExpect(flash().attribute("erreur", org.hamcrest.Matchers.startsWith("Ce mandat est déjà")));
        }
        assertThat(mandats.decider(aidant, dossier, Perimetre.SANTE))
                .isEqualTo(new DecisionAcces.Autorise(parEtat.get(EtatMandat.ACTIF),
                        mandats.duDossier(dossier).stream().filter(r -> r.etat() == EtatMandat.ACTIF).findFirst().orElseThrow().finLe()));
    }
}
