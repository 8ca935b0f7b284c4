package fr.passerelle.droits.internal.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.passerelle.moteur.openfisca.EntreeInvalide;

/**
 * Les erreurs de l'API en « problem details » (RFC 9457, {@code application/problem+json}) : {@code champ} nomme
 * le champ en cause, {@code erreurs} les liste tous. Rien de la requête n'est écrit dans les journaux.
 */
@RestControllerAdvice(assignableTypes = {CalculateApiController.class, DroitsApiController.class})
class ProblemesApi {

    static final URI ENTREE_INVALIDE = URI.create("urn:passerelle:probleme:entree-invalide");

    @ExceptionHandler(EntreeInvalide.class)
    ProblemDetail entreeInvalide(EntreeInvalide e) {
        return probleme(e.champ(), e.champ() + " : " + e.raison(), List.of(Map.of("champ", e.champ(), "message", e.raison())));
    }

    @ExceptionHandler(ReponsesInvalides.class)
    ProblemDetail reponsesInvalides(ReponsesInvalides e) {
        var premier = e.erreurs().entrySet().iterator().next();
        return probleme(premier.getKey(), premier.getValue(), e.erreurs().entrySet().stream()
                .map(x -> Map.of("champ", x.getKey(), "message", x.getValue())).toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail illisible(HttpMessageNotReadableException e) {
        String champ = champ(e);
        return probleme(champ, champ.equals("corps")
                ? "Le corps de la requête n'est pas un JSON lisible."
                : champ + " : valeur de type inattendu (nombre, texte ou liste selon le champ).",
                List.of(Map.of("champ", champ, "message", "valeur illisible")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail typeNonSupporte(HttpMediaTypeNotSupportedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Envoyez le corps en JSON (Content-Type: application/json).");
        p.setProperty("champ", "Content-Type");
        return p;
    }

    private static ProblemDetail probleme(String champ, String detail, List<Map<String, String>> erreurs) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setType(ENTREE_INVALIDE);
        p.setTitle("Entrée invalide");
        p.setProperty("champ", champ);
        p.setProperty("erreurs", erreurs);
        return p;
    }

    /** Le chemin JSON du champ illisible (« conjoint.age », « enfants[1] »), tiré de l'exception Jackson. */
    private static String champ(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof tools.jackson.databind.DatabindException d && !d.getPath().isEmpty()) {
            StringBuilder chemin = new StringBuilder();
            for (var ref : d.getPath()) {
                if (ref.getPropertyName() != null) {
                    if (!chemin.isEmpty()) {
                        chemin.append('.');
                    }
                    chemin.append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    chemin.append('[').append(ref.getIndex()).append(']');
                }
            }
            return chemin.toString();
        }
        return "corps";
    }
}
