package fr.passerelle.proactif.internal.domaine;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Le lien entre un ménage d'un fichier de dépistage et une personne suivie dans Passerelle : l'identifiant de ménage
 * {@code compte-<numéro du compte>} désigne le compte de la personne. Tout autre identifiant est celui d'une
 * administration : la personne n'est pas suivie ici, ses constats partent en export.
 */
public final class ReferencePersonne {

    private static final Pattern COMPTE = Pattern.compile("compte-([1-9][0-9]{0,17})");

    private ReferencePersonne() {
    }

    public static OptionalLong compte(String menage) {
        var m = COMPTE.matcher(menage);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    public static String menage(long compteId) {
        return "compte-" + compteId;
    }
}
