package fr.passerelle.notifications.internal.domaine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Langue des messages d'une personne. Chaque modèle a sa version française ; les autres langues sont facultatives :
 * sans version dans la langue choisie, le message part en français (et l'historique le dit).
 */
public enum Langue {
    FRANCAIS("fr", "Français"),
    ANGLAIS("en", "English (anglais)");

    private final String code;
    private final String libelle;

    Langue(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    /** Nom de la langue dans une phrase en français (« en anglais »). */
    public String enFrancais() {
        return switch (this) {
            case FRANCAIS -> "français";
            case ANGLAIS -> "anglais";
        };
    }

    /** Lit le code saisi ({@code fr}, {@code en}) ; refusé avec le champ et la raison sinon. */
    public static Langue lire(String champ, String saisie) {
        String code = saisie == null ? "" : saisie.strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new EntreeInvalide(champ, "Langue des messages : choisissez une langue dans la liste.");
        }
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new EntreeInvalide(champ, "Langue des messages : « " + saisie.strip()
                        + " » n'est pas proposée. Choisissez parmi : "
                        + Arrays.stream(values()).map(Langue::libelle).collect(Collectors.joining(", ")) + "."));
    }

    /** Code lu en base (toujours valide : contrainte de la table). */
    public static Langue deCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst().orElse(FRANCAIS);
    }
}
