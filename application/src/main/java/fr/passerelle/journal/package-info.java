/**
 * <strong>Journal d'accès</strong> : chaque consultation et chaque modification d'un dossier, et chaque tentative
 * refusée, est écrite dans un journal en ajout seul, chaîné par empreintes (SHA-256 de l'entrée précédente et de
 * l'entrée courante) ; une commande de vérification détecte une entrée modifiée, supprimée ou déplacée. La personne
 * y lit « qui a consulté mon dossier, et quand ».
 *
 * <p>API publique : {@link fr.passerelle.journal.Journal}, {@link fr.passerelle.journal.EvenementJournal},
 * {@link fr.passerelle.journal.EntreeJournal}, {@link fr.passerelle.journal.ResultatAcces},
 * {@link fr.passerelle.journal.VerificationJournal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal d'accès")
package fr.passerelle.journal;
