package fr.passerelle.notifications.charge;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Une instance de l'application lancée dans son propre processus Java (pour pouvoir la tuer par SIGKILL). */
final class InstanceApplication {

    private final Process processus;
    final Path journal;

    private InstanceApplication(Process processus, Path journal) {
        this.processus = processus;
        this.journal = journal;
    }

    static InstanceApplication demarrer(String nom, String urlJdbc, String schema, String urlSms, int fils) throws IOException {
        return demarrer(nom, urlJdbc, schema, urlSms, fils, 25, "PT5M", List.of());
    }

    static InstanceApplication demarrer(String nom, String urlJdbc, String schema, String urlSms, int fils, int lot,
                                        String bail) throws IOException {
        return demarrer(nom, urlJdbc, schema, urlSms, fils, lot, bail, List.of());
    }

    /**
     * {@code lot} : notifications prises à la fois par chaque fil ; {@code bail} : après combien de temps une
     * notification prise par une instance tuée est reprise par une autre ; {@code reglages} : arguments
     * {@code --cle=valeur} de plus (ceux d'un autre module, par exemple).
     */
    static InstanceApplication demarrer(String nom, String urlJdbc, String schema, String urlSms, int fils, int lot,
                                        String bail, List<String> reglages) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path dossier = Path.of("target", "charge");
        Files.createDirectories(dossier);
        Path journal = dossier.resolve(nom + ".log");
        List<String> commande = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "fr.passerelle.PasserelleApplication",
                "--spring.profiles.active=charge",
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--spring.datasource.url=" + urlJdbc + (urlJdbc.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=" + (fils + 4),
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--passerelle.notifications.sms.mode=http",
                "--passerelle.notifications.sms.url=" + urlSms,
                "--passerelle.notifications.sms.cle=cle-de-charge",
                "--passerelle.notifications.email.mode=local",
                "--passerelle.notifications.ordonnanceur.fils=" + fils,
                "--passerelle.notifications.ordonnanceur.lot=" + lot,
                "--passerelle.notifications.ordonnanceur.bail=" + bail,
                "--passerelle.notifications.ordonnanceur.battement=PT1S",
                "--passerelle.notifications.ordonnanceur.scrutation=PT0.5S",
                "--passerelle.notifications.ordonnanceur.nom=" + nom,
                "--logging.level.root=WARN",
                "--logging.level.fr.passerelle=INFO"));
        commande.addAll(reglages);
        ProcessBuilder constructeur = new ProcessBuilder(commande).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(journal.toFile()));
        constructeur.environment().remove("DATABASE_URL");
        constructeur.directory(new File("."));
        return new InstanceApplication(constructeur.start(), journal);
    }

    /** SIGKILL : pas d'arrêt propre, rien n'est terminé ni relâché. */
    void tuer() throws InterruptedException {
        processus.destroyForcibly();
        processus.waitFor();
    }

    void arreter() throws InterruptedException {
        processus.destroy();
        if (!processus.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            tuer();
        }
    }

    boolean vivante() {
        return processus.isAlive();
    }
}
