-- Consentement par code (module mandats) : un code à 6 chiffres envoyé par SMS au portable de la personne, gardé
-- haché (SHA-256 salé), valable 10 minutes, 3 essais au plus. Un nouvel envoi remplace le code précédent.
CREATE TABLE mandat_code (
    mandat_id  BIGINT      PRIMARY KEY,
    empreinte  VARCHAR(64) NOT NULL,
    sel        VARCHAR(32) NOT NULL,
    envoye_le  TIMESTAMP WITH TIME ZONE NOT NULL,
    essais     INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT mandat_code_mandat FOREIGN KEY (mandat_id) REFERENCES mandat (id),
    CONSTRAINT mandat_code_essais_valide CHECK (essais BETWEEN 0 AND 3)
);

-- Modèles SMS (GSM-7, un seul SMS) : le code, et la confirmation du retrait demandé par SMS (mot-clé RETIRER).
INSERT INTO modele_notification (code, version, objet, corps, auteur, cree_le) VALUES
('mandat-code', 1, 'Votre code de mandat',
 'Passerelle : votre code de mandat est ((code)). Donnez-le seulement à l''aidant qui est avec vous. Valable 10 min. Pour retirer un mandat, répondez RETIRER.',
 'passerelle', CURRENT_TIMESTAMP),
('mandat-retire', 1, 'Vos mandats sont retirés',
 'Passerelle : c''est fait, vos mandats sont retirés. Plus aucun aidant ne peut agir pour vous. Pour un nouveau mandat, passez au guichet.',
 'passerelle', CURRENT_TIMESTAMP);

-- Compte Passerelle de la personne lors de la préparation (page « Mes mandats ») : toujours revérifié auprès du
-- module dossiers avant d'afficher ou de retirer un mandat ; rafraîchi quand l'aidant ouvre les mandats du dossier.
ALTER TABLE mandat ADD COLUMN compte_usager_id BIGINT;
CREATE INDEX mandat_compte_usager_idx ON mandat (compte_usager_id);
