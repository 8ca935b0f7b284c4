package fr.passerelle.notifications.internal.canaux;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.domaine.CanalEnvoi;
import fr.passerelle.notifications.internal.domaine.Message;
import fr.passerelle.notifications.internal.domaine.ResultatEnvoi;
import fr.passerelle.notifications.internal.persistance.AppelsEtCourriersJdbc;

/** Courrier postal : un PDF par courrier, rangé dans le lot du jour remis au prestataire d'impression. */
public class CourrierCanal implements CanalEnvoi {

    private final AppelsEtCourriersJdbc stockage;
    private final Clock horloge;

    public CourrierCanal(AppelsEtCourriersJdbc stockage, Clock horloge) {
        this.stockage = stockage;
        this.horloge = horloge;
    }

    @Override
    public Canal canal() {
        return Canal.COURRIER;
    }

    @Override
    public ResultatEnvoi envoyer(Message message) {
        LocalDate jour = LocalDate.now(horloge);
        byte[] pdf = CourrierPdf.rediger(List.of(message.destinataire().split("\n")), message.objet(), message.corps(), jour);
        stockage.ajouterCourrier(message.cle(), message.personneId(), jour, pdf, horloge.instant());
        return new ResultatEnvoi.Remis("lot-" + jour);
    }
}
