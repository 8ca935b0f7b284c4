package fr.passerelle.moteur.situation;

public enum Scolarite { INCONNUE, MATERNELLE, PRIMAIRE, COLLEGE, LYCEE, ENSEIGNEMENT_SUPERIEUR }
