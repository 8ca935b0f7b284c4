package fr.passerelle.ateliers.internal.web;

import java.time.format.DateTimeFormatter;

/** Formats d'affichage communs aux pages des ateliers. */
final class ServiceAteliersFormats {

    static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ServiceAteliersFormats() {
    }
}
