package fr.passerelle.moteur.calcul;

/**
 * Une prestation : lit la situation et les droits déjà calculés dans le {@link Contexte},
 * écrit ses montants dans {@link Contexte#resultats()}. Les paramètres sont demandés au constructeur,
 * à partir de la {@link fr.passerelle.moteur.legislation.Legislation}, jamais au calcul.
 */
public interface Prestation {

    /** Les variables que cette prestation écrit. */
    Variable[] variables();

    void calculer(Contexte contexte);
}
