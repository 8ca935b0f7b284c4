-- Premiers modèles (version 1), en français simple. Les suivants se créent depuis la page des modèles.
INSERT INTO modele_notification (code, version, objet, corps, auteur, cree_le) VALUES
('rappel-echeance', 1, 'À faire avant le ((date)) : ((demarche))',
 'Bonjour ((prenom)). Pensez à : ((demarche)). À faire avant le ((date)). Préparez : ((a_preparer)). Besoin d''aide ? Répondez AIDE.',
 'passerelle', CURRENT_TIMESTAMP),
('rappel-rendez-vous', 1, 'Rendez-vous le ((date)) à ((heure))',
 'Bonjour ((prenom)). Vous avez rendez-vous le ((date)) à ((heure)), ((lieu)). Répondez OK pour confirmer, AIDE si vous avez besoin d''aide.',
 'passerelle', CURRENT_TIMESTAMP),
('confirmation-stop', 1, 'Vous ne recevrez plus de SMS',
 'Passerelle : vous ne recevrez plus de SMS. Pour changer d''avis, allez dans Mon espace ou demandez à votre aidant.',
 'passerelle', CURRENT_TIMESTAMP);
