package fr.passerelle.dossiers.internal.persistance;

/** La clé de chiffrement du NIR manque ou est illisible : l'application refuse de démarrer. */
public class CleDeChiffrementInvalide extends RuntimeException {

    public CleDeChiffrementInvalide(String raison) {
        super(raison);
    }
}
