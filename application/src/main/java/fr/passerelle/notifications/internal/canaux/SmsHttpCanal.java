package fr.passerelle.notifications.internal.canaux;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.domaine.CanalEnvoi;
import fr.passerelle.notifications.internal.domaine.Message;
import fr.passerelle.notifications.internal.domaine.ResultatEnvoi;

/**
 * Adaptateur d'un fournisseur SMS par HTTP : {@code POST {base}/messages} avec un corps JSON
 * {@code {"to","from","text","reference"}}, la clé d'API en {@code Authorization: Bearer} et la clé
 * d'idempotence en {@code Idempotency-Key}. Réponse attendue : 2xx avec {@code {"id": "…"}}.
 * 4xx (sauf 408/429) : échec définitif ; 5xx, 408, 429, délai dépassé, réponse illisible : échec temporaire.
 */
public class SmsHttpCanal implements CanalEnvoi {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]{1,200})\"");

    private final HttpClient client;
    private final URI messages;
    private final String cleApi;
    private final String expediteur;
    private final Duration delai;

    public SmsHttpCanal(String urlBase, String cleApi, String expediteur, Duration delai) {
        this.messages = URI.create(urlBase.replaceAll("/+$", "") + "/messages");
        this.cleApi = cleApi;
        this.expediteur = expediteur;
        this.delai = delai;
        this.client = HttpClient.newBuilder().connectTimeout(delai).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Canal canal() {
        return Canal.SMS;
    }

    @Override
    public ResultatEnvoi envoyer(Message message) {
        String json = "{\"to\":" + chaine(message.destinataire()) + ",\"from\":" + chaine(expediteur)
                + ",\"text\":" + chaine(message.corps()) + ",\"reference\":" + chaine(message.cle()) + "}";
        HttpRequest requete = HttpRequest.newBuilder(messages).timeout(delai)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + cleApi)
                .header("Idempotency-Key", message.cle())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> reponse;
        try {
            reponse = client.send(requete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return new ResultatEnvoi.EchecTemporaire("le fournisseur SMS n'a pas répondu dans le délai de "
                    + delai.toSeconds() + " s");
        } catch (IOException e) {
            return new ResultatEnvoi.EchecTemporaire("fournisseur SMS injoignable : " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ResultatEnvoi.EchecTemporaire("envoi interrompu");
        }
        int code = reponse.statusCode();
        if (code >= 200 && code < 300) {
            Matcher m = ID.matcher(reponse.body() == null ? "" : reponse.body());
            return m.find() ? new ResultatEnvoi.Remis(m.group(1))
                    : new ResultatEnvoi.EchecTemporaire("réponse illisible du fournisseur SMS (HTTP " + code + ")");
        }
        if (code == 408 || code == 429 || code >= 500) {
            return new ResultatEnvoi.EchecTemporaire("le fournisseur SMS a répondu HTTP " + code);
        }
        return new ResultatEnvoi.EchecDefinitif("le fournisseur SMS a refusé le message (HTTP " + code + ")");
    }

    static String chaine(String texte) {
        StringBuilder sortie = new StringBuilder("\"");
        for (char c : texte.toCharArray()) {
            switch (c) {
                case '"' -> sortie.append("\\\"");
                case '\\' -> sortie.append("\\\\");
                case '\n' -> sortie.append("\\n");
                case '\r' -> sortie.append("\\r");
                case '\t' -> sortie.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sortie.append(String.format("\\u%04x", (int) c));
                    } else {
                        sortie.append(c);
                    }
                }
            }
        }
        return sortie.append('"').toString();
    }
}
