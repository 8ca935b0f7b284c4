package fr.passerelle.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.passerelle.comptes.Role;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.comptes.internal.domaine.AdresseEmail;
import fr.passerelle.comptes.internal.domaine.Compte;
import fr.passerelle.dossiers.DossiersDeTest.Cree;
import fr.passerelle.dossiers.DossiersDeTest.EtatMandat;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.journal.EntreeJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;
import fr.passerelle.structures.TypeStructure;

/**
 * Matrice d'autorisation (barre de l'issue 6) : chaque route des dossiers × chaque rôle × chaque état du mandat.
 * Pour chaque cas : le statut HTTP attendu ; dans toute réponse refusée, aucune donnée du dossier (ni l'en-tête
 * hors de la structure) ; et, pour tout compte connecté refusé, une entrée REFUSE à son nom au journal du dossier.
 * Chaque cas a son propre dossier, neuf, effacé à la fin. S'y ajoutent les routes sans numéro de dossier × rôle, et
 * les pages du module mandats sur un dossier ({@code /dossiers/{id}/mandats…}, {@code /mes-mandats}) × rôle × état.
 */
@SpringBootTest(properties = "passerelle.notifications.ordonnanceur.actif=false")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatriceAutorisationTest {

    enum Acteur {
        ANONYME(null, null),
        USAGER_SUJET("sujet.matrice@exemple.fr", Role.USAGER),
        AUTRE_USAGER("autre.usager.matrice@exemple.fr", Role.USAGER),
        AIDANT_DE_LA_STRUCTURE("aidant@demo.passerelle.fr", Role.AIDANT),
        AIDANT_AUTRE_STRUCTURE("aidant.ccas.matrice@exemple.fr", Role.AIDANT),
        AGENT("agent@demo.passerelle.fr", Role.AGENT),
        COORDINATEUR("coordinateur@demo.passerelle.fr", Role.COORDINATEUR),
        ADMINISTRATEUR("admin@demo.passerelle.fr", Role.ADMINISTRATEUR);

        final String email;
        final Role role;

        Acteur(String email, Role role) {
            this.email = email;
            this.role = role;
        }
    }

    /** Ce qu'il faut pour la route : la page (en-tête sans mandat), n'importe quel mandat actif, les prestations sociales, ou être la personne. */
    enum Besoin { PAGE, TOUT_MANDAT, PRESTATIONS, PERSONNE, PERSONNE_LISTE }

    record Route(String nom, Besoin besoin, Function<Cree, MockHttpServletRequestBuilder> requete) {
        @Override
        public String toString() {
            return nom;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET /dossiers/{id}", Besoin.PAGE, c -> get("/dossiers/" + c.id())),
            new Route("POST /dossiers/{id}/echanges", Besoin.TOUT_MANDAT, c -> post("/dossiers/" + c.id() + "/echanges")
                    .param("canal", "TELEPHONE").param("objet", "appel").param("regle", "oui")),
            new Route("POST /dossiers/{id}/droits/{droit}", Besoin.PRESTATIONS, c -> post("/dossiers/" + c.id() + "/droits/" + c.droitId())
                    .param("statut", "DEMANDE")),
            new Route("POST /dossiers/{id}/demarches", Besoin.PRESTATIONS, c -> post("/dossiers/" + c.id() + "/demarches")
                    .param("intitule", "Prime d'activité").param("organisation", "CAF").param("statutDemarche", "A_FAIRE")
                    .param("prochaineEtape", "demander").param("perimetre", "PRESTATIONS_SOCIALES")),
            new Route("POST /dossiers/{id}/demarches/{demarche}", Besoin.PRESTATIONS, c -> post("/dossiers/" + c.id() + "/demarches/"
                    + c.demarchePrestationsId()).param("statutDemarche", "TERMINEE").param("prochaineEtape", "rien")),
            new Route("POST /dossiers/{id}/pieces", Besoin.TOUT_MANDAT, c -> post("/dossiers/" + c.id() + "/pieces").param("piece", "RIB")),
            new Route("POST /dossiers/{id}/pieces/reunies", Besoin.TOUT_MANDAT, c -> post("/dossiers/" + c.id() + "/pieces/reunies")
                    .param("reunie", String.valueOf(c.pieceId()))),
            new Route("POST /dossiers/{id}/diagnostic", Besoin.TOUT_MANDAT, c -> post("/dossiers/" + c.id() + "/diagnostic")
                    .param("EQUIPEMENT", "oui").param("droitMenace", "non")),
            new Route("POST /dossiers/{id}/compte", Besoin.TOUT_MANDAT, c -> post("/dossiers/" + c.id() + "/compte")
                    .param("compte", Acteur.USAGER_SUJET.email)),
            new Route("GET /dossiers/{id}/export.json", Besoin.TOUT_MANDAT, c -> get("/dossiers/" + c.id() + "/export.json")),
            new Route("GET /dossiers/{id}/export.pdf", Besoin.TOUT_MANDAT, c -> get("/dossiers/" + c.id() + "/export.pdf")),
            new Route("POST /dossiers/{id}/effacer", Besoin.TOUT_MANDAT, c -> post("/dossiers/" + c.id() + "/effacer")
                    .param("confirmation", "oui")),
            new Route("GET /mon-dossier", Besoin.PERSONNE_LISTE, c -> get("/mon-dossier")),
            new Route("GET /mon-dossier/{id}/export.json", Besoin.PERSONNE, c -> get("/mon-dossier/" + c.id() + "/export.json")),
            new Route("GET /mon-dossier/{id}/export.pdf", Besoin.PERSONNE, c -> get("/mon-dossier/" + c.id() + "/export.pdf")),
            new Route("POST /mon-dossier/{id}/effacer", Besoin.PERSONNE, c -> post("/mon-dossier/" + c.id() + "/effacer")
                    .param("confirmation", "oui")));

    /** Le résultat attendu d'un cas. */
    enum Issue {
        CONNEXION_DEMANDEE(302), ROLE_REFUSE(403), INTROUVABLE(404), MANDAT_REFUSE(403), EN_TETE_SEUL(200),
        PERMIS_LECTURE(200), PERMIS_ECRITURE(302), LISTE_SANS_CE_DOSSIER(200);

        final int statut;

        Issue(int statut) {
            this.statut = statut;
        }

        boolean refus() {
            return this != PERMIS_LECTURE && this != PERMIS_ECRITURE;
        }
    }

    static Issue attendu(Route route, Acteur acteur, EtatMandat etat) {
        if (acteur == Acteur.ANONYME) {
            return Issue.CONNEXION_DEMANDEE;
        }
        boolean lecture = route.nom().startsWith("GET");
        if (route.besoin() == Besoin.PERSONNE || route.besoin() == Besoin.PERSONNE_LISTE) {
            return switch (acteur) {
                case USAGER_SUJET -> lecture ? Issue.PERMIS_LECTURE : Issue.PERMIS_ECRITURE;
                case AUTRE_USAGER -> route.besoin() == Besoin.PERSONNE_LISTE ? Issue.LISTE_SANS_CE_DOSSIER : Issue.INTROUVABLE;
                default -> Issue.ROLE_REFUSE;
            };
        }
        return switch (acteur) {
            case AIDANT_DE_LA_STRUCTURE -> {
                boolean permis = switch (route.besoin()) {
                    case PAGE, TOUT_MANDAT -> etat.actif();
                    case PRESTATIONS -> etat == EtatMandat.ACTIF_COUVRANT;
                    default -> throw new IllegalStateException();
                };
                if (route.besoin() == Besoin.PAGE && !permis) {
                    yield Issue.EN_TETE_SEUL;
                }
                yield !permis ? Issue.MANDAT_REFUSE : lecture ? Issue.PERMIS_LECTURE : Issue.PERMIS_ECRITURE;
            }
            case AIDANT_AUTRE_STRUCTURE -> Issue.INTROUVABLE;
            default -> Issue.ROLE_REFUSE;
        };
    }

    static Stream<Arguments> cas() {
        List<Arguments> cas = new ArrayList<>();
        for (Route route : ROUTES) {
            for (Acteur acteur : Acteur.values()) {
                for (EtatMandat etat : EtatMandat.values()) {
                    cas.add(Arguments.of(route, acteur, etat, attendu(route, acteur, etat)));
                }
            }
        }
        return cas.stream();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ComptesService comptes;
    @Autowired
    ReferentielStructures referentiel;
    @Autowired
    PasswordEncoder encodeur;
    @Autowired
    Clock horloge;
    @Autowired
    DossierJdbc dossierJdbc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Journal journal;

    DossiersDeTest dossiers;
    long begles;
    final Map<Acteur, MockHttpSession> sessions = new EnumMap<>(Acteur.class);
    final Map<Acteur, Long> identifiants = new EnumMap<>(Acteur.class);

    @BeforeAll
    void comptesEtSessions() throws Exception {
        dossiers = new DossiersDeTest(dossierJdbc, jdbc);
        begles = referentiel.enregistrer(new Structure(null, "France services de Bègles", TypeStructure.FRANCE_SERVICES,
                "Bègles", "33130")).id();
        long ccas = referentiel.enregistrer(new Structure(null, "CCAS de Bordeaux", TypeStructure.CCAS, "Bordeaux", "33000")).id();
        String secret = encodeur.encode("passerelle-demo");
        creer(Acteur.USAGER_SUJET, "Zoe Temoin", null, secret);
        creer(Acteur.AUTRE_USAGER, "Autre Usager", null, secret);
        creer(Acteur.AIDANT_AUTRE_STRUCTURE, "Aidant du CCAS", ccas, secret);
        for (Acteur acteur : Acteur.values()) {
            if (acteur == Acteur.ANONYME) {
                continue;
            }
            MockHttpSession session = new MockHttpSession();
            mvc.perform(post("/connexion").session(session).with(csrf()).param("email", acteur.email)
                    .param("motDePasse", "passerelle-demo")).andExpect(redirectedUrl("/mon-espace"));
            sessions.put(acteur, session);
            identifiants.put(acteur, comptes.parEmail(acteur.email).orElseThrow().compte().id());
        }
    }

    private void creer(Acteur acteur, String nom, Long structure, String secret) {
        if (comptes.parEmail(acteur.email).isEmpty()) {
            comptes.creerSiAbsent(Compte.nouveau(new AdresseEmail(acteur.email), nom, acteur.role, structure, null, horloge), secret);
        }
    }

    @ParameterizedTest(name = "{0} — {1} — mandat {2} → {3}")
    @MethodSource("cas")
    void chaque_route_chaque_role_chaque_etat_du_mandat(Route route, Acteur acteur, EtatMandat etat, Issue issue) throws Exception {
        Cree dossier = dossiers.creer(begles, Optional.of(identifiants.get(Acteur.USAGER_SUJET)));
        dossiers.mandat(dossier.id(), begles, etat);
        try {
            MockHttpServletRequestBuilder requete = route.requete().apply(dossier);
            if (route.nom().startsWith("POST")) {
                requete.with(csrf());
            }
            if (acteur != Acteur.ANONYME) {
                requete.session(sessions.get(acteur));
            }
            MockHttpServletResponse reponse = mvc.perform(requete).andReturn().getResponse();
            String corps = reponse.getContentAsString();

            assertThat(reponse.getStatus()).as("statut HTTP").isEqualTo(issue.statut);
            if (issue == Issue.CONNEXION_DEMANDEE) {
                assertThat(reponse.getRedirectedUrl()).endsWith("/connexion");
            }
            if (issue.refus()) {
                assertThat(corps).as("aucune donnée du dossier dans un refus").doesNotContain(DossiersDeTest.DONNEES);
                if (issue != Issue.EN_TETE_SEUL) {
                    assertThat(corps).as("pas même l'en-tête").doesNotContain(DossiersDeTest.EN_TETE);
                }
            }
            if (issue == Issue.EN_TETE_SEUL) {
                assertThat(corps).contains(DossiersDeTest.NOM, DossiersDeTest.NAISSANCE, "Recueillir un mandat",
                        "/dossiers/" + dossier.id() + "/mandats/nouveau", "role=\"alert\"");
            }
            if (issue == Issue.PERMIS_LECTURE && route.besoin() == Besoin.PAGE) {
                assertThat(corps).contains(DossiersDeTest.PIECE, DossiersDeTest.ECHANGE, DossiersDeTest.NIR)
                        .doesNotContain(DossiersDeTest.DEMARCHE_SANTE);
                if (etat == EtatMandat.ACTIF_COUVRANT) {
                    assertThat(corps).contains(DossiersDeTest.DROIT, DossiersDeTest.DEMARCHE_PRESTATIONS);
                } else {
                    assertThat(corps).doesNotContain(DossiersDeTest.DROIT, DossiersDeTest.DEMARCHE_PRESTATIONS)
                            .contains("le mandat ne couvre pas les prestations sociales");
                }
            }

            List<EntreeJournal> entrees = journal.duDossier(dossier.id());
            if (route.besoin() == Besoin.PERSONNE_LISTE && issue == Issue.ROLE_REFUSE) {
                // Route sans numéro de dossier : l'entrée REFUSE est au journal sans dossier (l'API ne lit que par dossier).
                assertThat(jdbc.sql("SELECT COUNT(*) FROM journal_acces WHERE acteur_id = :a AND dossier_id IS NULL "
                                + "AND resultat = 'REFUSE' AND action = 'accès à GET /mon-dossier'")
                        .param("a", identifiants.get(acteur)).query(Long.class).single()).as("refus sans dossier au journal").isPositive();
            } else if (acteur != Acteur.ANONYME && issue.refus() && issue != Issue.LISTE_SANS_CE_DOSSIER) {
                assertThat(entrees).as("tentative refusée au journal")
                        .anyMatch(e -> e.acteurId() == identifiants.get(acteur) && e.resultat() == ResultatAcces.REFUSE);
            }
            if (!issue.refus()) {
                assertThat(entrees).as("accès autorisé au journal")
                        .anyMatch(e -> e.acteurId() == identifiants.get(acteur) && e.resultat() == ResultatAcces.AUTORISE);
            }
            if (acteur == Acteur.ANONYME || issue == Issue.LISTE_SANS_CE_DOSSIER) {
                assertThat(entrees).as("rien au journal du dossier").isEmpty();
            }
        } finally {
            dossiers.effacer(dossier.id());
        }
    }

    /** Les routes sans numéro de dossier : réservées aux aidants ; la liste ne montre que les dossiers de leur structure. */
    static Stream<Arguments> routesSansDossier() {
        List<Arguments> cas = new ArrayList<>();
        for (String route : List.of("GET /dossiers", "GET /dossiers?nom=temoinnom", "GET /dossiers/nouveau",
                "POST /dossiers/nouveau", "POST /mes-droits/joindre")) {
            for (Acteur acteur : Acteur.values()) {
                cas.add(Arguments.of(route, acteur));
            }
        }
        return cas.stream();
    }

    @ParameterizedTest(name = "{0} — {1}")
    @MethodSource("routesSansDossier")
    void routes_sans_dossier_reservees_aux_aidants_et_cloisonnees_par_structure(String route, Acteur acteur) throws Exception {
        Cree dossier = dossiers.creer(begles, Optional.empty());
        try {
            String[] methodeEtChemin = route.split(" ");
            MockHttpServletRequestBuilder requete = methodeEtChemin[0].equals("GET") ? get(methodeEtChemin[1])
                    : post(methodeEtChemin[1]).with(csrf()).param("nom", "");
            if (acteur != Acteur.ANONYME) {
                requete.session(sessions.get(acteur));
            }
            MockHttpServletResponse reponse = mvc.perform(requete).andReturn().getResponse();
            String corps = reponse.getContentAsString();
            switch (acteur) {
                case ANONYME -> assertThat(reponse.getRedirectedUrl()).endsWith("/connexion");
                case AIDANT_DE_LA_STRUCTURE, AIDANT_AUTRE_STRUCTURE -> {
                    // POST /mes-droits/joindre sans questionnaire en cours : renvoyé au questionnaire.
                    assertThat(reponse.getStatus()).isIn(200, 302);
                    if (route.startsWith("GET /dossiers?")) {
                        if (acteur == Acteur.AIDANT_DE_LA_STRUCTURE) {
                            assertThat(corps).contains("href=\"/dossiers/" + dossier.id() + "\"");
                        } else {
                            assertThat(corps).doesNotContain(DossiersDeTest.EN_TETE).contains("Aucun dossier ne correspond");
                        }
                    }
                }
                default -> assertThat(reponse.getStatus()).isEqualTo(403);
            }
            if (acteur != Acteur.AIDANT_DE_LA_STRUCTURE) {
                assertThat(corps).doesNotContain(DossiersDeTest.EN_TETE).doesNotContain(DossiersDeTest.DONNEES);
            }
            assertThat(corps).doesNotContain(DossiersDeTest.DONNEES);
        } finally {
            dossiers.effacer(dossier.id());
        }
    }

    /**
     * Les pages du module mandats sur un dossier (elles n'exigent pas de mandat : elles servent à le recueillir) :
     * seul un aidant de la structure du dossier y entre ; tout autre compte est refusé, sans donnée, et tracé (par le
     * domaine des mandats, ou par le module dossiers pour un refus par rôle).
     */
    static Stream<Arguments> routesDesMandats() {
        List<Arguments> cas = new ArrayList<>();
        for (String route : List.of("GET /dossiers/{id}/mandats", "GET /dossiers/{id}/mandats/nouveau",
                "POST /dossiers/{id}/mandats/nouveau", "GET /mes-mandats")) {
            for (Acteur acteur : Acteur.values()) {
                for (EtatMandat etat : EtatMandat.values()) {
                    cas.add(Arguments.of(route, acteur, etat));
                }
            }
        }
        return cas.stream();
    }

    @ParameterizedTest(name = "{0} — {1} — mandat {2}")
    @MethodSource("routesDesMandats")
    void pages_des_mandats_reservees_a_l_aidant_de_la_structure(String route, Acteur acteur, EtatMandat etat) throws Exception {
        Cree dossier = dossiers.creer(begles, Optional.of(identifiants.get(Acteur.USAGER_SUJET)));
        dossiers.mandat(dossier.id(), begles, etat);
        try {
            String[] methodeEtChemin = route.replace("{id}", String.valueOf(dossier.id())).split(" ");
            MockHttpServletRequestBuilder requete = methodeEtChemin[0].equals("GET") ? get(methodeEtChemin[1])
                    : post(methodeEtChemin[1]).with(csrf());
            if (acteur != Acteur.ANONYME) {
                requete.session(sessions.get(acteur));
            }
            MockHttpServletResponse reponse = mvc.perform(requete).andReturn().getResponse();
            String corps = reponse.getContentAsString();
            boolean pageDeLaPersonne = route.equals("GET /mes-mandats");
            boolean permis = pageDeLaPersonne ? acteur == Acteur.USAGER_SUJET || acteur == Acteur.AUTRE_USAGER
                    : acteur == Acteur.AIDANT_DE_LA_STRUCTURE;
            if (acteur == Acteur.ANONYME) {
                assertThat(reponse.getRedirectedUrl()).endsWith("/connexion");
            } else if (permis) {
                assertThat(reponse.getStatus()).isEqualTo(200);
            } else {
                assertThat(reponse.getStatus()).isEqualTo(403);
                assertThat(corps).doesNotContain(DossiersDeTest.EN_TETE).doesNotContain(DossiersDeTest.DONNEES);
                // Refus du domaine des mandats (aidant d'une autre structure) ou refus par rôle (inscrit par le module dossiers).
                if (!pageDeLaPersonne) {
                    assertThat(journal.duDossier(dossier.id())).as("tentative refusée au journal")
                            .anyMatch(e -> e.acteurId() == identifiants.get(acteur) && e.resultat() == ResultatAcces.REFUSE);
                }
            }
            // Le portable sert au code du mandat : la page de préparation le montre à l'aidant ; rien d'autre du dossier.
            assertThat(corps).as("les pages des mandats ne montrent pas le contenu du dossier").doesNotContain(
                    java.util.Arrays.stream(DossiersDeTest.DONNEES).filter(d -> !d.equals(DossiersDeTest.PORTABLE)).toArray(String[]::new));
        } finally {
            dossiers.effacer(dossier.id());
        }
    }
}
