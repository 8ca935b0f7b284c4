package fr.passerelle.saisines.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.multipart.MultipartFile;

import fr.passerelle.saisines.internal.PieceRecue;

/** Lecture des champs de formulaire : une valeur illisible est une erreur nommée, jamais une valeur par défaut. */
final class Formulaires {

    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.FRENCH);

    private Formulaires() {
    }

    static Optional<Long> identifiant(String champ, String valeur, String libelle, Map<String, String> erreurs) {
        if (valeur == null || valeur.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(valeur.strip()));
        } catch (NumberFormatException e) {
            erreurs.put(champ, libelle + " : « " + valeur + " » n'est pas dans la liste. Choisissez-en un dans la liste.");
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String champ, String valeur, Map<String, String> erreurs) {
        if (valeur == null || valeur.isBlank()) {
            return Optional.empty();
        }
        String v = valeur.strip();
        try {
            return Optional.of(v.contains("/") ? LocalDate.parse(v, JJ_MM_AAAA) : LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            erreurs.put(champ, "La date « " + valeur + " » n'est pas lisible : écrivez-la comme 15/03/2026.");
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> Optional<E> choix(String champ, String valeur, Class<E> type, String libelle,
                                                 Map<String, String> erreurs) {
        if (valeur == null || valeur.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, valeur.strip()));
        } catch (IllegalArgumentException e) {
            erreurs.put(champ, libelle + " : « " + valeur + " » n'est pas un choix possible.");
            return Optional.empty();
        }
    }

    static List<PieceRecue> pieces(MultipartFile[] fichiers) {
        if (fichiers == null) {
            return List.of();
        }
        return Arrays.stream(fichiers).map(f -> {
            try {
                return new PieceRecue(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
