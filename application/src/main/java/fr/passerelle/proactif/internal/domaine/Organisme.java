package fr.passerelle.proactif.internal.domaine;

import java.util.Arrays;
import java.util.Optional;

/** L'administration qui détient le dossier d'une prestation : c'est à elle que va l'export des constats. */
public enum Organisme {
    CAF("caf", "Caisse d'allocations familiales (CAF)"),
    ASSURANCE_MALADIE("assurance-maladie", "Assurance maladie (CPAM)"),
    RETRAITE("retraite", "Caisse de retraite (Carsat, MSA)"),
    ETAT_ENERGIE("cheque-energie", "Agence de services et de paiement (chèque énergie)"),
    EDUCATION_NATIONALE("education-nationale", "Éducation nationale (bourses)");

    private final String segment;
    private final String libelle;

    Organisme(String segment, String libelle) {
        this.segment = segment;
        this.libelle = libelle;
    }

    public String segment() {
        return segment;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<Organisme> parSegment(String segment) {
        return Arrays.stream(values()).filter(o -> o.segment.equals(segment)).findFirst();
    }
}
