package fr.passerelle.socle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import fr.passerelle.PasserelleApplication;
import fr.passerelle.socle.internal.BaseInjoignableFailureAnalyzer;

/** Au démarrage, un port occupé ou une base injoignable donnent un message lisible, sans pile d'appels. */
@ExtendWith(OutputCaptureExtension.class)
class EchecsDeDemarrageTest {

    @Test
    void analyse_connexion_refusee() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/test");
        FailureAnalysis analyse = new BaseInjoignableFailureAnalyzer(env)
                .analyze(new IllegalStateException("échec", new SQLException("refus", "08001", new ConnectException("Connection refused"))));
        assertThat(analyse).isNotNull();
        assertThat(analyse.getDescription()).contains("jdbc:postgresql://127.0.0.1:1/test").contains("connexion");
        assertThat(analyse.getAction()).contains("DATABASE_URL");
    }

    @Test
    void ignore_les_autres_echecs() {
        assertThat(new BaseInjoignableFailureAnalyzer(new MockEnvironment())
                .analyze(new IllegalStateException("autre chose"))).isNull();
    }

    @Test
    void base_injoignable_au_demarrage(CapturedOutput sortie) {
        assertThatThrownBy(() -> demarrer("--passerelle.database-url=postgresql://127.0.0.1:1/test",
                "--server.port=0")).isInstanceOf(Exception.class);
        assertThat(sortie.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Passerelle n'a pas pu se connecter à la base de données jdbc:postgresql://127.0.0.1:1/test")
                .contains("Vérifiez que PostgreSQL est démarré")
                .doesNotContain("\tat org.postgresql");
    }

    @Test
    void port_deja_utilise(CapturedOutput sortie) throws Exception {
        try (ServerSocket occupe = new ServerSocket(0)) {
            int port = occupe.getLocalPort();
            assertThatThrownBy(() -> demarrer("--server.port=" + port)).isInstanceOf(Exception.class);
            assertThat(sortie.getAll())
                    .contains("APPLICATION FAILED TO START")
                    .contains("Port " + port + " was already in use")
                    .doesNotContain("\tat org.springframework.boot.tomcat");
        }
    }

    private static void demarrer(String... arguments) {
        SpringApplication application = new SpringApplication(PasserelleApplication.class);
        application.setAdditionalProfiles("test");
        String[] args = new String[arguments.length + 1];
        System.arraycopy(arguments, 0, args, 0, arguments.length);
        args[arguments.length] = "--spring.main.banner-mode=off";
        application.run(args).close();
    }
}
