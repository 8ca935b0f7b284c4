-- Modèles de messages du module ateliers (version 1), en français simple.
INSERT INTO modele_notification (code, version, objet, corps, auteur, cree_le) VALUES
('invitation-atelier', 1, 'Invitation : atelier Passerelle le ((date))',
 'Bonjour ((nom)). Vous êtes invité(e) à l''atelier « aller vers » du ((date)) à ((lieu)), comme ((role)). Merci de confirmer votre venue au coordinateur.',
 'passerelle', CURRENT_TIMESTAMP),
('rappel-atelier', 1, 'Rappel : atelier le ((date))',
 'Bonjour ((nom)). Rappel : atelier pour vos droits et vos démarches le ((date)), ((lieu)). C''est gratuit. Venez avec vos papiers.',
 'passerelle', CURRENT_TIMESTAMP);
