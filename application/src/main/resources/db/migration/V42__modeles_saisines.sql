-- Modèles des courriels à l'aidant (module saisines), version 1, en français simple. Variables : ((prenom)) de
-- l'aidant, ((organisme)) saisi, ((demarche)) objet de la saisine, ((date)) du message, ((a_preparer)) pièce demandée.
INSERT INTO modele_notification (code, version, objet, corps, auteur, cree_le) VALUES
('saisine-reponse', 1, '((organisme)) a répondu : ((demarche))',
 'Bonjour ((prenom)). ((organisme)) a répondu le ((date)) à votre saisine « ((demarche)) ». Lisez la réponse dans Passerelle : Mon espace, puis Saisines du dossier.',
 'passerelle', CURRENT_TIMESTAMP),
('saisine-piece-demandee', 1, 'Pièce demandée par ((organisme)) : ((demarche))',
 'Bonjour ((prenom)). Le ((date)), ((organisme)) demande une pièce pour la saisine « ((demarche)) » : ((a_preparer)). Joignez-la dans Passerelle, avec l''accord de la personne.',
 'passerelle', CURRENT_TIMESTAMP),
('saisine-close-resolue', 1, 'Saisine résolue : ((demarche))',
 'Bonjour ((prenom)). Le ((date)), ((organisme)) a clos la saisine « ((demarche)) » : le dossier est débloqué. Le détail est dans Passerelle.',
 'passerelle', CURRENT_TIMESTAMP),
('saisine-close-refusee', 1, 'Saisine refusée : ((demarche))',
 'Bonjour ((prenom)). Le ((date)), ((organisme)) a clos la saisine « ((demarche)) » sans pouvoir y donner suite. La raison est dans Passerelle.',
 'passerelle', CURRENT_TIMESTAMP),
('saisine-close-reorientee', 1, 'Saisine réorientée : ((demarche))',
 'Bonjour ((prenom)). Le ((date)), ((organisme)) a clos la saisine « ((demarche)) » et vous oriente vers un autre service. Qui contacter : voir Passerelle.',
 'passerelle', CURRENT_TIMESTAMP);
