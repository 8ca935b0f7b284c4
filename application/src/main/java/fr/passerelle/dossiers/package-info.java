/**
 * <strong>Dossiers</strong> : un dossier par personne suivie, dans la structure de l'aidant, à travers tous les
 * canaux : situation (lue par le moteur de droits), droits trouvés et leur statut, démarches en cours et leur
 * prochaine étape, échéancier, pièces à réunir, historique des échanges (guichet, téléphone, atelier, maraude, en
 * ligne, SMS ; réglé au premier contact ou non), diagnostic d'autonomie numérique. Une structure ne voit jamais les
 * dossiers d'une autre ; sans mandat actif couvrant le périmètre, l'aidant ne voit ni ne change rien (règle du
 * domaine, appliquée par {@link fr.passerelle.dossiers.Dossiers#ouvrir}), et chaque accès est journalisé.
 *
 * <p>API publique : {@link fr.passerelle.dossiers.Dossiers}, {@link fr.passerelle.dossiers.DossierVu} ; implémente
 * le port {@link fr.passerelle.mandats.PersonnesMandantes}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package fr.passerelle.dossiers;
