package fr.passerelle.proactif.internal;

/** Un lancement refusé : le champ du formulaire en cause et la raison, dits à la personne. */
class LancementInvalide extends RuntimeException {

    private final String champ;

    LancementInvalide(String champ, String raison) {
        super(raison);
        this.champ = champ;
    }

    String champ() {
        return champ;
    }
}
