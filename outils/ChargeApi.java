import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Générateur de charge à débit fixe (boucle ouverte : la latence est comptée depuis l'instant prévu d'envoi,
 * sans « omission coordonnée ») contre POST /api/v1/droits sur la boucle locale.
 *
 * java outils/ChargeApi.java URL DEBIT_PAR_SECONDE DUREE_SECONDES
 * Exemple : java outils/ChargeApi.java http://127.0.0.1:18080/api/v1/droits 200 30
 * Seules les adresses de la boucle locale sont acceptées ; la durée est bornée à 300 s.
 */
public class ChargeApi {

    static final String[] CORPS = {
            "{\"age\": 30, \"logement\": \"LOCATAIRE\", \"loyer\": 450, \"codePostal\": \"33130\"}",
            "{\"age\": 32, \"enfants\": [4, 9], \"revenus\": {\"salaire\": 900}, \"logement\": \"LOCATAIRE_HLM\", \"loyer\": 420, \"codePostal\": \"59000\", \"codeInsee\": \"59350\"}",
            "{\"age\": 40, \"conjoint\": {\"age\": 38}, \"enfants\": [3, 7, 12], \"revenus\": {\"salaire\": 1800}, \"logement\": \"LOCATAIRE\", \"loyer\": 750, \"codePostal\": \"69100\"}",
            "{\"age\": 45, \"handicap\": \"AU_MOINS_80\", \"logement\": \"HEBERGE\", \"codePostal\": \"13001\"}",
            "{\"age\": 68, \"revenus\": {\"retraite\": 700}, \"logement\": \"PROPRIETAIRE\", \"codeInsee\": \"23096\"}"};

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String hote = uri.getHost();
        if (!(hote.equals("localhost") || hote.startsWith("127.") || hote.equals("[::1]"))) {
            throw new IllegalArgumentException("boucle locale seulement (127.0.0.1, localhost)");
        }
        int debit = Integer.parseInt(args[1]);
        int duree = Math.min(300, Integer.parseInt(args[2]));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        // Échauffement (JIT) : 5 secondes au même débit, non comptées
        tirer(client, uri, debit, 5);
        Resultat r = tirer(client, uri, debit, duree);
        long[] l = r.latences();
        Arrays.sort(l);
        System.out.printf("débit visé %d req/s pendant %d s : %d requêtes, %d erreurs, %.1f req/s servies%n",
                debit, duree, l.length, r.erreurs(), l.length / (double) duree);
        System.out.printf("latence (ms) : p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                p(l, 50), p(l, 90), p(l, 99), p(l, 99.9), l[l.length - 1] / 1e6);
    }

    record Resultat(long[] latences, int erreurs) {
    }

    static Resultat tirer(HttpClient client, URI uri, int debit, int duree) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latences = new ConcurrentLinkedQueue<>();
        AtomicInteger erreurs = new AtomicInteger();
        long total = (long) debit * duree;
        long intervalle = 1_000_000_000L / debit;
        long debut = System.nanoTime();
        try (var fils = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long prevu = debut + i * intervalle;
                long attente = prevu - System.nanoTime();
                if (attente > 0) {
                    TimeUnit.NANOSECONDS.sleep(attente);
                }
                String corps = CORPS[(int) (i % CORPS.length)];
                fils.submit(() -> {
                    try {
                        HttpResponse<Void> rep = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.discarding());
                        if (rep.statusCode() != 200) {
                            erreurs.incrementAndGet();
                        }
                    } catch (Exception e) {
                        erreurs.incrementAndGet();
                    }
                    latences.add(System.nanoTime() - prevu);
                });
            }
        }
        return new Resultat(latences.stream().mapToLong(Long::longValue).toArray(), erreurs.get());
    }

    static double p(long[] tri, double centile) {
        int i = (int) Math.ceil(centile / 100 * tri.length) - 1;
        return tri[Math.max(0, Math.min(tri.length - 1, i))] / 1e6;
    }
}
