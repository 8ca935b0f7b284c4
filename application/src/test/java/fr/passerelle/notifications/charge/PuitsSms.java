package fr.passerelle.notifications.charge;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Fournisseur SMS local (puits) qui tourne hors de l'application : il enregistre chaque clé d'idempotence reçue.
 * Une clé déjà reçue est acquittée sans nouvelle remise (comme un vrai fournisseur) et comptée comme doublon.
 */
final class PuitsSms implements AutoCloseable {

    private final HttpServer serveur;
    final Map<String, AtomicInteger> receptions = new ConcurrentHashMap<>();
    final AtomicLong remises = new AtomicLong();
    final AtomicLong doublons = new AtomicLong();

    private final long delaiMs;

    PuitsSms() throws IOException {
        this(0);
    }

    /** {@code delaiMs} : temps de réponse simulé du fournisseur (des messages sont alors « en vol » au moment d'un SIGKILL). */
    PuitsSms(long delaiMs) throws IOException {
        this.delaiMs = delaiMs;
        serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        serveur.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        serveur.createContext("/messages", this::recevoir);
        serveur.start();
    }

    String url() {
        return "http://127.0.0.1:" + serveur.getAddress().getPort();
    }

    private void recevoir(HttpExchange echange) throws IOException {
        echange.getRequestBody().readAllBytes();
        if (delaiMs > 0) {
            try {
                Thread.sleep(delaiMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String cle = echange.getRequestHeaders().getFirst("Idempotency-Key");
        int fois = receptions.computeIfAbsent(cle, c -> new AtomicInteger()).incrementAndGet();
        if (fois == 1) {
            remises.incrementAndGet();
        } else {
            doublons.incrementAndGet();
        }
        byte[] corps = ("{\"id\":\"puits-" + cle + "\"}").getBytes(StandardCharsets.UTF_8);
        echange.sendResponseHeaders(fois == 1 ? 201 : 200, corps.length);
        echange.getResponseBody().write(corps);
        echange.close();
    }

    @Override
    public void close() {
        serveur.stop(0);
    }
}
