package fr.passerelle.journal.internal.domaine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import fr.passerelle.journal.ResultatAcces;

/**
 * Empreinte SHA-256 d'une entrée, chaînée à celle de la précédente. Chaque champ est précédé de sa longueur :
 * deux entrées différentes ne peuvent pas donner la même suite d'octets en déplaçant un séparateur.
 */
public final class Empreinte {

    /** Empreinte « précédente » de la toute première entrée. */
    public static final String ORIGINE = "0".repeat(64);

    private Empreinte() {
    }

    public static String de(String precedente, long numero, Instant le, long acteurId, String acteurNom,
                            Optional<Long> dossierId, String action, ResultatAcces resultat, String motif) {
        StringBuilder texte = new StringBuilder(256);
        for (String champ : new String[] {precedente, Long.toString(numero), le.toString(), Long.toString(acteurId),
                acteurNom, dossierId.map(String::valueOf).orElse(""), action, resultat.name(), motif}) {
            texte.append(champ.length()).append(':').append(champ).append(';');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(texte.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est exigé par toute JVM", e);
        }
    }
}
