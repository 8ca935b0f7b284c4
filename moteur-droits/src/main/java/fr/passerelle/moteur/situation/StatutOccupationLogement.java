package fr.passerelle.moteur.situation;

public enum StatutOccupationLogement {
    NON_RENSEIGNE, PROPRIETAIRE, PRIMO_ACCEDANT, LOCATAIRE_HLM, LOCATAIRE_VIDE, LOCATAIRE_MEUBLE, LOCATAIRE_FOYER, LOGE_GRATUITEMENT, SANS_DOMICILE;

    public boolean locataire() {
        return this == LOCATAIRE_HLM || this == LOCATAIRE_VIDE || this == LOCATAIRE_MEUBLE || this == LOCATAIRE_FOYER;
    }
}
