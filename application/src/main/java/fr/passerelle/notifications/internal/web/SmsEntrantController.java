package fr.passerelle.notifications.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.passerelle.notifications.internal.envoi.ReponsesSms;

/**
 * Point d'entrée des réponses SMS (appelé par le fournisseur) : {@code from}, {@code text}, et l'en-tête
 * {@code X-Passerelle-Secret} égal à {@code passerelle.notifications.sms.secret-entrant}. Sans secret configuré,
 * le point d'entrée est fermé (404).
 */
@RestController
class SmsEntrantController {

    private final ReponsesSms reponses;
    private final String secret;

    SmsEntrantController(ReponsesSms reponses, @Value("${passerelle.notifications.sms.secret-entrant:}") String secret) {
        this.reponses = reponses;
        this.secret = secret;
    }

    @PostMapping("/notifications/sms/entrant")
    ResponseEntity<String> recevoir(@RequestHeader(name = "X-Passerelle-Secret", required = false) String fourni,
                                    @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String text) {
        if (secret.isBlank()) {
            return ResponseEntity.notFound().build();
        }
        if (fourni == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), fourni.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(403).body("secret invalide");
        }
        return ResponseEntity.ok(reponses.recevoir(from, text).name());
    }
}
