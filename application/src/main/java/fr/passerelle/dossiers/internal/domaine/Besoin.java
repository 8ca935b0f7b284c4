package fr.passerelle.dossiers.internal.domaine;

import java.util.Optional;

import fr.passerelle.mandats.Perimetre;

/**
 * Le mandat qu'il faut pour une rubrique du dossier : un périmètre précis (droits : prestations sociales ;
 * démarche : son propre périmètre), ou n'importe quel mandat actif de la personne envers la structure
 * (historique des échanges, pièces, diagnostic, export et effacement : voir ADR 0008).
 */
public record Besoin(Optional<Perimetre> perimetre) {

    public static final Besoin TOUT_MANDAT_ACTIF = new Besoin(Optional.empty());
    public static final Besoin DROITS = perimetre(Perimetre.PRESTATIONS_SOCIALES);

    public static Besoin perimetre(Perimetre perimetre) {
        return new Besoin(Optional.of(perimetre));
    }
}
