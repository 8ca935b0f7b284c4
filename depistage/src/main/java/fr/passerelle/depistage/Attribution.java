package fr.passerelle.depistage;

import fr.passerelle.moteur.calcul.Variable;

/** Une attribution à faire sans demande de la personne, par une règle de {@link ReglesAttribution}. */
public record Attribution(String identifiant, Variable prestation, String regle, String reference) {
}
