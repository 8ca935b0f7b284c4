package fr.passerelle.saisines.internal;

import java.util.Set;

import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.mandats.Perimetre;

/** Le dossier ouvert par l'aidant, et les périmètres que ses mandats couvrent en ce moment. */
public record AccesDossier(DossierVu dossier, Set<Perimetre> perimetres) {
}
