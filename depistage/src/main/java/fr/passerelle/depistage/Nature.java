package fr.passerelle.depistage;

/** Ce qu'un constat demande de faire. Un droit perçu qui n'est plus calculé est « à vérifier », jamais « à couper ». */
public enum Nature {
    /** Le moteur le calcule, le ménage ne le perçoit pas. */
    A_DEMANDER("a_demander"),
    /** Le ménage le perçoit, le moteur ne le calcule plus avec les données connues : un agent vérifie le dossier. */
    A_VERIFIER("a_verifier");

    private final String code;

    Nature(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
