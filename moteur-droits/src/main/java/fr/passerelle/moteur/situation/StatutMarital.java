package fr.passerelle.moteur.situation;

public enum StatutMarital { CELIBATAIRE, MARIE, PACSE, DIVORCE, VEUF }
