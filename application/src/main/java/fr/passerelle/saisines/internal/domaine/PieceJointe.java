package fr.passerelle.saisines.internal.domaine;

import java.time.Instant;
import java.util.Objects;

/**
 * Une pièce jointe à une saisine, partagée avec l'organisation par l'accord de la personne (le contenu est lu à
 * part, seulement quand on le télécharge).
 *
 * @param messageId message du fil auquel la pièce a été jointe, ou null si elle l'a été à l'ouverture
 */
public record PieceJointe(Long id, long saisineId, Long messageId, String nom, TypePieceJointe type, long taille,
                          Auteur ajouteePar, Instant ajouteeLe) {

    /** 5 Mo : une photo de téléphone ou un scan de quelques pages, pas davantage. */
    public static final long TAILLE_MAX = 5L * 1024 * 1024;
    public static final int NOMBRE_MAX = 5;

    public PieceJointe {
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Contrôle une pièce reçue : non vide, 5 Mo au plus, PDF, JPEG ou PNG d'après son contenu.
     *
     * @throws PieceRefusee sur le champ {@code pieces}, avec le nom du fichier et la raison
     */
    public static TypePieceJointe controler(String nom, byte[] contenu) {
        String fichier = nom == null || nom.isBlank() ? "sans nom" : nom.strip();
        if (contenu == null || contenu.length == 0) {
            throw new PieceRefusee("Le fichier « " + fichier + " » est vide.", "fichier vide");
        }
        if (contenu.length > TAILLE_MAX) {
            throw new PieceRefusee("Le fichier « " + fichier + " » est trop lourd (" + enMo(contenu.length)
                    + ") : 5 Mo au plus. Réduisez la taille de la photo ou du scan.",
                    "fichier trop lourd (" + enMo(contenu.length) + ", 5 Mo au plus)");
        }
        return TypePieceJointe.reconnaitre(contenu).orElseThrow(() -> new PieceRefusee(
                "Le fichier « " + fichier + " » n'est ni un PDF, ni une image JPEG, ni une image PNG (d'après son "
                        + "contenu, quel que soit son nom). Enregistrez-le dans l'un de ces formats.",
                "fichier qui n'est ni un PDF, ni un JPEG, ni un PNG (contenu vérifié)"));
    }

    /** Nom de fichier sûr à afficher et à renvoyer (sans chemin ni caractères de contrôle), 120 caractères au plus. */
    public static String nomSur(String nom) {
        String brut = nom == null ? "" : nom.replace('\\', '/');
        brut = brut.substring(brut.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (brut.isEmpty()) {
            brut = "piece";
        }
        return brut.length() > 120 ? brut.substring(brut.length() - 120) : brut;
    }

    static String enMo(long octets) {
        return String.format(java.util.Locale.FRENCH, "%.1f Mo", octets / (1024.0 * 1024.0));
    }
}
