package fr.passerelle.moteur.legislation;

import java.time.LocalDate;

/** Une valeur d'un paramètre, en vigueur à partir d'une date, avec le texte qui la fixe. */
public record ValeurDatee(LocalDate depuis, double valeur, String reference) {
}
