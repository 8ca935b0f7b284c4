-- Journal d'accès (module journal) : en ajout seul, chaîné par empreintes SHA-256.
-- Chaque entrée porte l'empreinte de la précédente ; la tête (une seule ligne) retient la dernière,
-- ce qui sérialise les ajouts (verrou de ligne) et permet de détecter la suppression de la dernière entrée.
-- Aucune donnée personnelle de la personne suivie : identifiants, acteur professionnel, action, motif.

CREATE TABLE journal_acces (
    numero                BIGINT       PRIMARY KEY,
    le                    TIMESTAMP WITH TIME ZONE NOT NULL,
    acteur_id             BIGINT       NOT NULL,
    acteur_nom            VARCHAR(200) NOT NULL,
    dossier_id            BIGINT,
    action                VARCHAR(120) NOT NULL,
    resultat              VARCHAR(10)  NOT NULL,
    motif                 VARCHAR(500) NOT NULL,
    empreinte_precedente  VARCHAR(64)  NOT NULL,
    empreinte             VARCHAR(64)  NOT NULL,
    CONSTRAINT journal_acces_resultat_valide CHECK (resultat IN ('AUTORISE', 'REFUSE'))
);

CREATE INDEX journal_acces_dossier_idx ON journal_acces (dossier_id, numero);

CREATE TABLE journal_tete (
    id               INTEGER     PRIMARY KEY,
    dernier_numero   BIGINT      NOT NULL,
    derniere_empreinte VARCHAR(64) NOT NULL,
    CONSTRAINT journal_tete_unique CHECK (id = 1)
);

INSERT INTO journal_tete (id, dernier_numero, derniere_empreinte)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
