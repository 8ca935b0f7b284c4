-- Message à une personne suivie pour un droit qu'elle pourrait demander (administration proactive), en mots
-- simples : quoi et combien (((demarche))), comment le demander (((a_preparer))), qui peut aider (((lieu))).
INSERT INTO modele_notification (code, version, objet, corps, auteur, cree_le) VALUES
('constat-droit', 1, 'Vous pourriez avoir droit à une aide : ((demarche))',
 'Bonjour ((prenom)). Vous pourriez avoir droit à : ((demarche)). Pour la demander : ((a_preparer)). Qui peut vous aider : ((lieu)). Ce n''est pas une décision : c''est l''organisme ((organisme)) qui décide.',
 'passerelle', CURRENT_TIMESTAMP);
