package fr.passerelle.notifications;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import fr.passerelle.notifications.internal.domaine.CanalEnvoi;
import fr.passerelle.notifications.internal.domaine.Message;
import fr.passerelle.notifications.internal.domaine.ResultatEnvoi;

/** Canal de test qui rejoue des réponses écrites à l'avance, puis « remis ». */
final class CanalSimule implements CanalEnvoi {

    private final Canal canal;
    final Deque<ResultatEnvoi> reponses = new ArrayDeque<>();
    final List<Message> essais = new ArrayList<>();

    CanalSimule(Canal canal) {
        this.canal = canal;
    }

    @Override
    public Canal canal() {
        return canal;
    }

    @Override
    public synchronized ResultatEnvoi envoyer(Message message) {
        essais.add(message);
        ResultatEnvoi r = reponses.poll();
        return r != null ? r : new ResultatEnvoi.Remis("simule-" + essais.size());
    }

    synchronized void reinitialiser() {
        reponses.clear();
        essais.clear();
    }
}
