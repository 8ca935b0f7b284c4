package fr.passerelle.moteur.situation;

public enum Activite { ACTIF, CHOMEUR, ETUDIANT, RETRAITE, INACTIF }
