package fr.passerelle.saisines.internal.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

import fr.passerelle.saisines.internal.ServiceSaisines;

/** Réponse de téléchargement d'une pièce : type reconnu au contenu, jamais interprété par le navigateur. */
final class Telechargement {

    private Telechargement() {
    }

    static ResponseEntity<byte[]> de(ServiceSaisines.PieceTelechargee piece) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(piece.piece().type().typeMime()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(piece.piece().nom(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(piece.contenu());
    }
}
