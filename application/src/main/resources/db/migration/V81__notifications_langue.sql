-- Notifications (issue 5) : langue des messages. Chaque version d'un modèle est écrite dans une langue ; la
-- personne choisit la sienne dans ses préférences (colonne langue, déjà présente, 'fr' par défaut) ; la
-- notification garde la langue dans laquelle elle a été rédigée (repli sur le français s'il n'y a pas de version).
ALTER TABLE modele_notification ADD COLUMN langue VARCHAR(5) DEFAULT 'fr' NOT NULL;
ALTER TABLE modele_notification DROP CONSTRAINT modele_notification_version_unique;
ALTER TABLE modele_notification ADD CONSTRAINT modele_notification_version_unique UNIQUE (code, langue, version);

ALTER TABLE notification ADD COLUMN langue VARCHAR(5) DEFAULT 'fr' NOT NULL;

ALTER TABLE preference_contact ADD CONSTRAINT preference_contact_langue_valide CHECK (langue IN ('fr', 'en'));

-- Deuxième langue des rappels : l'anglais, mêmes variables que la version française.
INSERT INTO modele_notification (code, langue, version, objet, corps, auteur, cree_le) VALUES
('rappel-echeance', 'en', 1, 'To do before ((date)): ((demarche))',
 'Hello ((prenom)). Please remember: ((demarche)). Do it before ((date)). Have ready: ((a_preparer)). Need help? Reply AIDE.',
 'passerelle', CURRENT_TIMESTAMP),
('rappel-rendez-vous', 'en', 1, 'Appointment on ((date)) at ((heure))',
 'Hello ((prenom)). You have an appointment on ((date)) at ((heure)), ((lieu)). Reply OK to confirm, AIDE if you need help.',
 'passerelle', CURRENT_TIMESTAMP);
