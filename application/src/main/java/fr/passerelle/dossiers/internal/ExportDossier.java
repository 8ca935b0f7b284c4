package fr.passerelle.dossiers.internal;

import java.util.List;

import fr.passerelle.dossiers.DonneesDuDossier.Rubrique;
import fr.passerelle.journal.EntreeJournal;

/**
 * Tout ce qui est tenu sur une personne (RGPD, article 15) : son dossier, ses mandats, les accès journalisés, et
 * les rubriques des autres modules (saisines, lettres de rectification…).
 */
public record ExportDossier(VueDossier vue, List<EntreeJournal> acces, List<Rubrique> autres) {

    public ExportDossier(VueDossier vue, List<EntreeJournal> acces) {
        this(vue, acces, List.of());
    }
}
