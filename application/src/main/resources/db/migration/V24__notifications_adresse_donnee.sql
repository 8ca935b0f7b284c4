-- Messages envoyés à une adresse donnée sur place (code de mandat par SMS, courriel professionnel) :
-- ni préférences ni consentement de canal lus, pas de repli sur un autre canal.
ALTER TABLE notification ADD COLUMN adresse_donnee BOOLEAN DEFAULT FALSE NOT NULL;
