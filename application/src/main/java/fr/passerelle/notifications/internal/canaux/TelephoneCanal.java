package fr.passerelle.notifications.internal.canaux;

import java.time.Clock;
import java.time.LocalDate;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.domaine.CanalEnvoi;
import fr.passerelle.notifications.internal.domaine.Message;
import fr.passerelle.notifications.internal.domaine.ResultatEnvoi;
import fr.passerelle.notifications.internal.persistance.AppelsEtCourriersJdbc;

/** Téléphone : la personne a demandé à être appelée ; le message devient une ligne de la liste d'appels des aidants. */
public class TelephoneCanal implements CanalEnvoi {

    /** Délai laissé à l'aidant pour appeler. */
    static final int JOURS_POUR_APPELER = 2;

    private final AppelsEtCourriersJdbc stockage;
    private final Clock horloge;

    public TelephoneCanal(AppelsEtCourriersJdbc stockage, Clock horloge) {
        this.stockage = stockage;
        this.horloge = horloge;
    }

    @Override
    public Canal canal() {
        return Canal.TELEPHONE;
    }

    @Override
    public ResultatEnvoi envoyer(Message message) {
        long id = stockage.ajouterAppel(message.cle(), message.personneId(), message.destinataire(),
                message.objet() + " — " + message.corps(), LocalDate.now(horloge).plusDays(JOURS_POUR_APPELER),
                horloge.instant());
        return new ResultatEnvoi.Remis("appel-" + id);
    }
}
