/**
 * <strong>Saisines</strong> : la ligne directe d'un aidant vers le bon agent de la bonne administration (dans
 * l'esprit d'Administration+). L'aidant saisit une organisation (CAF, CPAM, France Travail, DGFiP, ANTS, CARSAT,
 * MSA, préfecture…) d'un dossier bloqué, avec l'accord de la personne pour partager les pièces ; les agents de
 * l'organisation répondent dans un fil, demandent une pièce, clôturent avec une issue ; l'aidant est prévenu par le
 * circuit de notifications ; une saisine sans réponse au-delà du délai de l'organisation est signalée. Le droit à
 * l'erreur (loi ESSOC) : lettre de rectification en PDF, en mots simples, et suivi de la réponse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Saisines")
package fr.passerelle.saisines;
