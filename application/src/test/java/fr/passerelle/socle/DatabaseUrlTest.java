package fr.passerelle.socle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.passerelle.socle.internal.DatabaseUrl;

class DatabaseUrlTest {

    @Test
    void url_sans_identifiants() {
        DatabaseUrl url = DatabaseUrl.lire("postgresql://127.0.0.1:5432/test");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(url.utilisateur()).isEmpty();
    }

    @Test
    void url_avec_identifiants_encodes_et_options() {
        DatabaseUrl url = DatabaseUrl.lire("postgres://passerelle:mot%40de%3Apasse@db.local/passerelle?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5432/passerelle?sslmode=require");
        assertThat(url.utilisateur()).contains("passerelle");
        assertThat(url.motDePasse()).isEqualTo(Optional.of("mot@de:passe"));
    }

    @Test
    void url_jdbc_acceptee() {
        DatabaseUrl url = DatabaseUrl.lire("jdbc:postgresql://postgres@localhost:5433/test");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5433/test");
        assertThat(url.utilisateur()).contains("postgres");
        assertThat(url.motDePasse()).isEmpty();
    }

    @Test
    void autre_base_refusee() {
        assertThatThrownBy(() -> DatabaseUrl.lire("mysql://localhost/test"))
                .hasMessageContaining("postgresql://");
    }

    @Test
    void database_url_bascule_la_source_de_donnees() {
        org.springframework.core.env.StandardEnvironment env = new org.springframework.core.env.StandardEnvironment();
        env.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("essai",
                java.util.Map.of("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/test")));
        new fr.passerelle.socle.internal.BaseDeDonneesEnvironmentPostProcessor()
                .postProcessEnvironment(env, new org.springframework.boot.SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("u");
        assertThat(env.getProperty("spring.datasource.password")).isEqualTo("p");
        assertThat(env.getProperty("passerelle.demo.actif")).isEqualTo("false");
    }

    @Test
    void sans_database_url_rien_ne_change() {
        org.springframework.core.env.StandardEnvironment env = new org.springframework.core.env.StandardEnvironment() {
            @Override
            protected void customizePropertySources(org.springframework.core.env.MutablePropertySources sources) {
            }
        };
        new fr.passerelle.socle.internal.BaseDeDonneesEnvironmentPostProcessor()
                .postProcessEnvironment(env, new org.springframework.boot.SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isNull();
    }
}
