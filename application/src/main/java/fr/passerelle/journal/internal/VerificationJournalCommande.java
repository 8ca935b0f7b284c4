package fr.passerelle.journal.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import fr.passerelle.journal.Journal;
import fr.passerelle.journal.VerificationJournal;

/**
 * Commande {@code bin/passerelle verifie-journal} : vérifie toute la chaîne, l'écrit, et sort avec le code 0 si
 * elle est intacte, 3 sinon.
 */
@Component
@ConditionalOnProperty(name = "passerelle.commande", havingValue = "verifie-journal")
class VerificationJournalCommande implements ApplicationRunner, ExitCodeGenerator {

    private final Journal journal;
    private final ConfigurableApplicationContext contexte;
    private int code;

    VerificationJournalCommande(Journal journal, ConfigurableApplicationContext contexte) {
        this.journal = journal;
        this.contexte = contexte;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        VerificationJournal resultat = journal.verifier();
        System.out.println((resultat.intacte() ? "Journal intact : " : "JOURNAL ALTÉRÉ : ") + resultat.explication());
        code = resultat.intacte() ? 0 : 3;
        System.exit(SpringApplication.exit(contexte, this));
    }

    @Override
    public int getExitCode() {
        return code;
    }
}
