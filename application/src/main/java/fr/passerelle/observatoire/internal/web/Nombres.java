package fr.passerelle.observatoire.internal.web;

import fr.passerelle.observatoire.internal.domaine.Format;

/** Pour les gabarits : un nombre à la française, « — » pour une cellule vide. */
public class Nombres {

    public String lisible(Object valeur) {
        return valeur instanceof String s && s.isEmpty() ? "—" : Format.lisible(valeur);
    }
}
