package fr.passerelle.mandats;

/** États d'un mandat. */
public enum EtatMandat {
    EN_ATTENTE_DE_SIGNATURE,
    ACTIF,
    EXPIRE,
    REVOQUE
}
