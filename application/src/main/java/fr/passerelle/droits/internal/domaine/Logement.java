package fr.passerelle.droits.internal.domaine;

import fr.passerelle.moteur.situation.StatutOccupationLogement;

/** Comment la personne est logée (les mots du questionnaire, traduits en statut du moteur). */
public enum Logement {
    LOCATAIRE("Je loue un logement (locataire)", StatutOccupationLogement.LOCATAIRE_VIDE),
    LOCATAIRE_HLM("Je loue un logement social (HLM)", StatutOccupationLogement.LOCATAIRE_HLM),
    LOCATAIRE_MEUBLE("Je loue un logement meublé", StatutOccupationLogement.LOCATAIRE_MEUBLE),
    PROPRIETAIRE("Je suis propriétaire", StatutOccupationLogement.PROPRIETAIRE),
    HEBERGE("Je suis hébergé gratuitement (chez de la famille, des amis)", StatutOccupationLogement.LOGE_GRATUITEMENT),
    SANS_DOMICILE("Je n'ai pas de logement", StatutOccupationLogement.SANS_DOMICILE);

    private final String libelle;
    private final StatutOccupationLogement statut;

    Logement(String libelle, StatutOccupationLogement statut) {
        this.libelle = libelle;
        this.statut = statut;
    }

    public String libelle() {
        return libelle;
    }

    public StatutOccupationLogement statut() {
        return statut;
    }

    public boolean locataire() {
        return statut.locataire();
    }
}
