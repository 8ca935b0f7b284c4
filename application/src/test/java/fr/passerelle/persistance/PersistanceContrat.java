package fr.passerelle.persistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.passerelle.comptes.Role;
import fr.passerelle.comptes.internal.ComptesService;
import fr.passerelle.comptes.internal.domaine.AdresseEmail;
import fr.passerelle.comptes.internal.domaine.Compte;
import fr.passerelle.comptes.internal.domaine.FournisseurIdentite;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;
import fr.passerelle.structures.TypeOrganisation;
import fr.passerelle.structures.TypeStructure;

/** Mêmes tests de persistance, exécutés sur H2 (fichier) et sur PostgreSQL. */
abstract class PersistanceContrat {

    static final Instant MAINTENANT = Instant.parse("2026-03-01T10:15:30.123456Z");

    @TestConfiguration
    static class HorlogeFixe {
        @Bean
        @Primary
        Clock horlogeFixe() {
            return Clock.fixed(MAINTENANT, ZoneOffset.UTC);
        }
    }

    @Autowired
    ReferentielStructures referentiel;
    @Autowired
    ComptesService comptes;
    @Autowired
    JdbcTemplate jdbc;

    static String unique(String prefixe) {
        return prefixe + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void les_migrations_sont_appliquees() {
        Integer reussies = jdbc.queryForObject(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL", Integer.class);
        assertThat(reussies).isGreaterThanOrEqualTo(2);
    }

    @Test
    void enregistrer_une_structure_est_idempotent_et_la_recherche_trie_par_proximite() {
        String nom = unique("Maison France services");
        Structure a = referentiel.enregistrer(new Structure(null, nom, TypeStructure.FRANCE_SERVICES, "Lormont", "33310"));
        Structure encore = referentiel.enregistrer(new Structure(null, nom, TypeStructure.FRANCE_SERVICES, "Lormont", "33310"));
        assertThat(encore.id()).isEqualTo(a.id());
        Structure voisine = referentiel.enregistrer(new Structure(null, unique("AAA CCAS"), TypeStructure.CCAS, "Cenon", "33150"));
        referentiel.enregistrer(new Structure(null, unique("Loin"), TypeStructure.ASSOCIATION, "Lille", "59000"));

        List<Structure> proches = referentiel.structuresProches("33310", Optional.empty());
        assertThat(proches.get(0).codePostal()).isEqualTo("33310");
        assertThat(proches).extracting(Structure::id).contains(a.id(), voisine.id());
        assertThat(proches).allMatch(s -> s.codePostal().startsWith("33"));
        assertThat(referentiel.structuresProches("33310", Optional.of(TypeStructure.CCAS)))
                .allMatch(s -> s.type() == TypeStructure.CCAS).extracting(Structure::id).contains(voisine.id());
    }

    @Test
    void un_compte_aidant_est_relu_a_l_identique() {
        Structure structure = referentiel.enregistrer(new Structure(null, unique("CCAS"), TypeStructure.CCAS, "Pessac", "33600"));
        String email = unique("aidant") + "@exemple.fr";
        Compte cree = comptes.creerSiAbsent(Compte.nouveau(new AdresseEmail(email.toUpperCase()), "Nina Aidante",
                Role.AIDANT, structure.id(), null, Clock.fixed(MAINTENANT, ZoneOffset.UTC)), "{bcrypt}empreinte");

        ComptesService.CompteEtSecret relu = comptes.parEmail(email).orElseThrow();
        assertThat(relu.compte()).isEqualTo(cree);
        assertThat(relu.compte().creeLe()).isEqualTo(MAINTENANT);
        assertThat(relu.compte().email().valeur()).isEqualTo(email);
        assertThat(relu.empreinteMotDePasse()).contains("{bcrypt}empreinte");
        assertThat(comptes.vue(relu.compte()).rattachement()).contains(structure.nom());

        comptes.noterConnexion(cree.id());
        assertThat(comptes.parId(cree.id()).orElseThrow().derniereConnexion()).isEqualTo(MAINTENANT);
    }

    @Test
    void un_agent_est_rattache_a_son_organisation() {
        Organisation caf = referentiel.enregistrer(new Organisation(null, unique("CAF"), TypeOrganisation.CAF, "Gironde"));
        Compte agent = comptes.creerSiAbsent(Compte.nouveau(new AdresseEmail(unique("agent") + "@caf.fr"), "Paul Agent",
                Role.AGENT, null, caf.id(), Clock.systemUTC()), null);
        assertThat(comptes.vue(agent).rattachement()).contains(caf.nom());
    }

    @Test
    void la_base_refuse_un_aidant_sans_structure_et_un_email_en_double() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO compte (email, nom_affiche, role, actif, cree_le) "
                + "VALUES (?, 'X', 'AIDANT', TRUE, CURRENT_TIMESTAMP)", unique("x") + "@exemple.fr"))
                .isInstanceOf(DataIntegrityViolationException.class);
        String email = unique("double") + "@exemple.fr";
        jdbc.update("INSERT INTO compte (email, nom_affiche, role, actif, cree_le) VALUES (?, 'X', 'USAGER', TRUE, CURRENT_TIMESTAMP)", email);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO compte (email, nom_affiche, role, actif, cree_le) "
                + "VALUES (?, 'Y', 'USAGER', TRUE, CURRENT_TIMESTAMP)", email))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void une_identite_externe_retrouve_son_compte_et_reste_unique() {
        Compte usager = comptes.creerSiAbsent(Compte.nouveau(new AdresseEmail(unique("usager") + "@exemple.fr"),
                "Léa Usagère", Role.USAGER, null, null, Clock.systemUTC()), null);
        String sujet = unique("sub");
        comptes.lier(usager, FournisseurIdentite.FRANCECONNECT, sujet);
        assertThat(comptes.parIdentiteExterne(FournisseurIdentite.FRANCECONNECT, sujet)).contains(usager);
        assertThat(comptes.parIdentiteExterne(FournisseurIdentite.PROCONNECT, sujet)).isEmpty();
        assertThatThrownBy(() -> comptes.lier(usager, FournisseurIdentite.FRANCECONNECT, sujet))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
