package fr.passerelle.notifications.internal.canaux;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.domaine.CanalEnvoi;
import fr.passerelle.notifications.internal.domaine.Message;
import fr.passerelle.notifications.internal.domaine.ResultatEnvoi;

/**
 * Canal local (démonstration, tests, banc) : garde les messages en mémoire, indexés par clé d'idempotence,
 * et compte les réceptions en double (qui ne doivent jamais créer un second message).
 */
public class PuitsLocal implements CanalEnvoi {

    private static final Logger JOURNAL = LoggerFactory.getLogger(PuitsLocal.class);

    private final Canal canal;
    private final Map<String, Message> recus = new ConcurrentHashMap<>();
    private final AtomicLong doublons = new AtomicLong();

    public PuitsLocal(Canal canal) {
        this.canal = canal;
    }

    @Override
    public Canal canal() {
        return canal;
    }

    @Override
    public ResultatEnvoi envoyer(Message message) {
        if (recus.putIfAbsent(message.cle(), message) != null) {
            doublons.incrementAndGet();
        } else if (JOURNAL.isDebugEnabled()) {
            JOURNAL.debug("{} local vers {} : {}", canal, message.destinataire(), message.corps());
        }
        return new ResultatEnvoi.Remis("local-" + message.cle());
    }

    public List<Message> recus() {
        return List.copyOf(recus.values());
    }

    public int nombre() {
        return recus.size();
    }

    public long doublons() {
        return doublons.get();
    }

    public void vider() {
        recus.clear();
        doublons.set(0);
    }
}
