-- Critères de qualité des démarches en ligne, saisis par un coordinateur (esprit de l'Observatoire de la qualité
-- des démarches en ligne de l'État). Une ligne par démarche (intitulé tel qu'enregistré dans les dossiers).

CREATE TABLE observatoire_criteres_demarche (
    intitule                VARCHAR(200) PRIMARY KEY,
    deux_canaux_humains     BOOLEAN      NOT NULL,
    satisfaction            INTEGER      NOT NULL,
    franceconnect           BOOLEAN      NOT NULL,
    marche_sur_telephone    BOOLEAN      NOT NULL,
    accessibilite           VARCHAR(20)  NOT NULL,
    saisi_par               VARCHAR(254) NOT NULL,
    saisi_le                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT observatoire_criteres_satisfaction_valide CHECK (satisfaction BETWEEN 0 AND 100),
    CONSTRAINT observatoire_criteres_accessibilite_valide CHECK (accessibilite IN ('TOTALE', 'PARTIELLE', 'NON_CONFORME'))
);
