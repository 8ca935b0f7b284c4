/**
 * <strong>Dossiers</strong> : un dossier par personne suivie, dans la structure de l'aidant, à travers tous les
 * canaux : identité (NIR facultatif, validé par sa clé et chiffré au repos en AES-GCM), droits trouvés et leur statut
 * (à demander, demandé, accordé, refusé), démarches en cours et leur prochaine étape, pièces à réunir, historique des
 * échanges (guichet, téléphone, atelier, maraude, en ligne, SMS ; réglé au premier contact ou non), diagnostic
 * d'autonomie numérique (urgence numérique, faire pour la personne, apprendre à faire seule ; orientation vers les
 * conseillers numériques et le Pass numérique).
 *
 * <p>Règle centrale, appliquée par le service ({@code internal.PolitiqueAcces}), pas seulement par les pages : une
 * structure ne voit jamais les dossiers d'une autre (pas même l'en-tête : 404) ; sans mandat actif de la personne
 * envers la structure, l'aidant ne voit que l'en-tête d'identité (pour recueillir un mandat) ; les droits exigent un
 * mandat couvrant les prestations sociales, une démarche un mandat couvrant son périmètre, le reste (échanges,
 * pièces, diagnostic, export, effacement) n'importe quel mandat actif (ADR 0008). Chaque décision, autorisée ou
 * refusée, est écrite au {@link fr.passerelle.journal.Journal} avec sa raison, sans donnée de la personne ; les refus
 * par rôle de la configuration de sécurité ({@link fr.passerelle.comptes.AccesRefuseParRole}) aussi.
 *
 * <p>La personne dont le compte est lié (même courriel, ou désigné par l'aidant) voit son dossier et « qui l'a
 * consulté, et quand » sur {@code /mon-dossier}, l'exporte (JSON, PDF ; RGPD article 15) et peut l'effacer
 * (article 17 : l'identité et le contenu sont supprimés, le numéro du dossier et le journal restent).
 *
 * <p>Les appels téléphoniques reçus par la structure (décrochés ou non, sans numéro ni nom) sont notés par l'aidant sur
 * {@code /dossiers} ou par {@link fr.passerelle.dossiers.AppelsRecus} (V86) : l'observatoire en tire le taux de décroché.
 *
 * <p>API publique : {@link fr.passerelle.dossiers.Dossiers} ({@code ouvrir}, {@code dePersonne},
 * {@code joindreDroits}, {@code creerSuivi} — démarche « à faire » depuis un atelier, sous mandat —,
 * {@code demarchesOuvertes}, {@code droitsPourDepistage} : droits et statuts pour un dépistage de l'administration
 * proactive, chaque dossier lu journalisé au nom du lanceur), {@link fr.passerelle.dossiers.DossierVu},
 * {@link fr.passerelle.dossiers.DroitTrouve}, {@link fr.passerelle.dossiers.SuiviAFaire},
 * {@link fr.passerelle.dossiers.DroitAuDossier}, {@link fr.passerelle.dossiers.AppelsRecus} ;
 * événements {@link fr.passerelle.dossiers.DossierEfface}, et, publiés dans la transaction qui écrit (cumuls de
 * l'observatoire, ADR 0018), {@link fr.passerelle.dossiers.EchangeEnregistre},
 * {@link fr.passerelle.dossiers.EchangeRetire}, {@link fr.passerelle.dossiers.DroitDuDossierModifie},
 * {@link fr.passerelle.dossiers.DossierLieAUnCompte}, {@link fr.passerelle.dossiers.DemarcheDuDossierModifiee} ; implémente le port
 * {@link fr.passerelle.mandats.PersonnesMandantes}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package fr.passerelle.dossiers;
