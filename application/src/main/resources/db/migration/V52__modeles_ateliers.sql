-- Modèles de messages du module ateliers (version 1), en français simple.
INSERT INTO modele_notification (code, version, objet, corps, auteur, cree_le) VALUES
('invitation-atelier', 1, 'Invitation : atelier Passerelle le ((date))',
 'Bonjour ((prenom)). Vous êtes invité(e) à l''atelier « aller vers » du ((date)) à ((lieu)), comme ((organisme)). Merci de confirmer votre venue au coordinateur.',
 'passerelle', CURRENT_TIMESTAMP),
('rappel-atelier', 1, 'Rappel : atelier le ((date))',
 'Bonjour ((prenom)). Rappel : atelier pour vos droits et vos démarches le ((date)), ((lieu)). C''est gratuit. Venez avec vos papiers.',
 'passerelle', CURRENT_TIMESTAMP);
