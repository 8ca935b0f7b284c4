package fr.passerelle.archfixture.domaine;

import org.springframework.util.Assert;

/** Exemple volontairement fautif (test de la règle ArchUnit) : un type de domaine qui dépend de Spring. */
public class MauvaisDomaine {

    public MauvaisDomaine(String valeur) {
        Assert.hasText(valeur, "valeur");
    }
}
