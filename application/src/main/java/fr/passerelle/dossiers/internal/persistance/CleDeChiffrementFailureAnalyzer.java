package fr.passerelle.dossiers.internal.persistance;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Démarrage refusé faute de clé de chiffrement : dit quoi faire, sans pile d'appels. */
public class CleDeChiffrementFailureAnalyzer extends AbstractFailureAnalyzer<CleDeChiffrementInvalide> {

    @Override
    protected FailureAnalysis analyze(Throwable echec, CleDeChiffrementInvalide cause) {
        return new FailureAnalysis("Passerelle ne peut pas chiffrer les numéros de sécurité sociale : " + cause.getMessage() + ".",
                "Définissez la variable d'environnement PASSERELLE_CHIFFREMENT_CLE avec une clé AES de 32 octets en base64 "
                        + "(par exemple : openssl rand -base64 32), gardée hors du dépôt. Changer de clé rend les NIR déjà "
                        + "enregistrés illisibles.", cause);
    }
}
