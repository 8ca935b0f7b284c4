package fr.passerelle.notifications.internal.domaine;

import java.time.Instant;

import fr.passerelle.notifications.Canal;

/** Accord (ou retrait) d'une personne pour être prévenue par un canal, daté, avec son origine. */
public record Consentement(Canal canal, boolean accorde, Instant le, String origine) {
}
