package fr.passerelle.dossiers.internal;

import java.util.List;

import fr.passerelle.journal.EntreeJournal;

/** Tout ce qui est tenu sur une personne (RGPD, article 15) : son dossier, ses mandats et les accès journalisés. */
public record ExportDossier(VueDossier vue, List<EntreeJournal> acces) {
}
