package fr.passerelle.droits;

import jakarta.servlet.http.HttpSession;

import java.util.List;
import java.util.Optional;

/**
 * Le questionnaire « Mes droits » qu'un aidant vient de faire avec une personne, dans sa session (les réponses ne
 * sont jamais enregistrées sans consentement : elles restent en mémoire de session). Utilisé par le jour J des
 * ateliers pour relier les droits trouvés, et leur montant annuel estimé par le moteur, à la fiche de la personne.
 */
public interface QuestionnaireDeLaSession {

    /**
     * Les droits trouvés (verdict « droit » ou « à vérifier ») par le questionnaire terminé de cette session, puis
     * efface le questionnaire de la session pour que la personne suivante reparte de zéro.
     *
     * @return vide si aucun questionnaire n'est terminé dans cette session (rien n'est alors effacé)
     */
    Optional<List<DroitDecouvert>> prendre(HttpSession session);
}
