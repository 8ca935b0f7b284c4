/**
 * <strong>Saisines</strong> : la ligne directe d'un aidant vers le bon agent de la bonne administration (dans
 * l'esprit d'Administration+). L'aidant saisit une organisation (CAF, CPAM, France Travail, DGFiP, ANTS, CARSAT,
 * MSA, préfecture…) d'un dossier bloqué, avec l'accord de la personne pour partager les pièces ; les agents de
 * l'organisation répondent dans un fil, demandent une pièce, clôturent avec une issue ; l'aidant est prévenu par le
 * circuit de notifications ; une saisine sans réponse au-delà du délai de l'organisation est signalée. Le droit à
 * l'erreur (loi ESSOC) : lettre de rectification en PDF, en mots simples, et suivi de la réponse.
 *
 * <p>Règles (ADR 0009) : le périmètre de mandat exigé se déduit du type de l'organisation
 * ({@code internal.domaine.PerimetresParOrganisation}) et chaque page aidant passe par
 * {@link fr.passerelle.dossiers.Dossiers#ouvrir} (mandat exigé, accès journalisé, refus motivé) ; l'agent ne voit
 * que les saisines de son organisation, et seulement ce que l'aidant y a partagé ; pièces PDF, JPEG ou PNG
 * reconnues à leur contenu, 5 Mo au plus ; délai de service par type d'organisation dans
 * {@code saisines/delais.yml}, retard calculé avec l'horloge injectée. Chaque refus (organisation inconnue, pièce
 * refusée, agent d'une autre organisation) et chaque action est écrit au {@link fr.passerelle.journal.Journal}.
 *
 * <p>API publique : événements {@link fr.passerelle.saisines.SaisineOuverte} et
 * {@link fr.passerelle.saisines.SaisineClose}. Pages : {@code /dossiers/{id}/saisines},
 * {@code /dossiers/{id}/saisines/nouvelle}, {@code /saisines/{id}} (aidant), {@code /agent/saisines},
 * {@code /agent/saisines/{id}} (agent), {@code /dossiers/{id}/rectifications} (droit à l'erreur). Écoute
 * {@link fr.passerelle.dossiers.DossierEfface} : saisines et lettres du dossier effacées (RGPD, article 17).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Saisines")
package fr.passerelle.saisines;
