package fr.passerelle.saisines.internal.domaine;

import java.util.Arrays;
import java.util.Optional;

/**
 * Types de pièces acceptés, reconnus à leurs premiers octets (signature du format) et non à l'extension du nom,
 * qu'on change en un clic.
 */
public enum TypePieceJointe {
    PDF("application/pdf", "PDF", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "JPEG", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "PNG", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String typeMime;
    private final String libelle;
    private final byte[] signature;

    TypePieceJointe(String typeMime, String libelle, byte[] signature) {
        this.typeMime = typeMime;
        this.libelle = libelle;
        this.signature = signature;
    }

    public String typeMime() {
        return typeMime;
    }

    public String libelle() {
        return libelle;
    }

    /** Le type dont le contenu porte la signature, s'il y en a un. */
    public static Optional<TypePieceJointe> reconnaitre(byte[] contenu) {
        return Arrays.stream(values())
                .filter(t -> contenu.length >= t.signature.length
                        && Arrays.equals(contenu, 0, t.signature.length, t.signature, 0, t.signature.length))
                .findFirst();
    }
}
