package fr.passerelle.moteur.openfisca;

import fr.passerelle.moteur.calcul.Variable;

/** Une variable demandée dans la situation (valeur {@code null}), comme dans l'API Web d'OpenFisca. */
public record Demande(String entite, String id, Variable variable, String periode) {
}
