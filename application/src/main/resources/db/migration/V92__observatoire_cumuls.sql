-- Observatoire (issue 9 ; ADR 0018) : cumuls par jour (de Paris), tenus à jour par les événements du module dossiers
-- dans la transaction qui écrit (EchangeEnregistre, EchangeRetire, DroitDuDossierModifie). Les tableaux de bord
-- lisent ces cumuls (quelques dizaines de milliers de lignes au plus par an) au lieu de joindre chaque échange et
-- chaque droit à son dossier et à sa structure. Remplis pour les données déjà en base par la migration Java V93.
-- Mêmes chiffres que les vues obs_echange et obs_droit de V70 (test CumulsObservatoireTest). SQL portable H2 /
-- PostgreSQL 15.

CREATE TABLE obs_cumul_echange (
    jour          DATE        NOT NULL,
    structure_id  BIGINT      NOT NULL,
    canal         VARCHAR(20) NOT NULL,
    echanges      BIGINT      NOT NULL,
    regles        BIGINT      NOT NULL,
    CONSTRAINT obs_cumul_echange_pk PRIMARY KEY (jour, structure_id, canal)
);

-- Un droit compte au jour de sa dernière mise à jour, avec son statut d'alors (comme la vue obs_droit).
CREATE TABLE obs_cumul_droit (
    jour            DATE           NOT NULL,
    structure_id    BIGINT         NOT NULL,
    code            VARCHAR(60)    NOT NULL,
    libelle         VARCHAR(200)   NOT NULL,
    statut          VARCHAR(20)    NOT NULL,
    nombre          BIGINT         NOT NULL,
    montant_annuel  NUMERIC(18, 2) NOT NULL,
    CONSTRAINT obs_cumul_droit_pk PRIMARY KEY (jour, structure_id, code, libelle, statut)
);

-- Le département et le nom d'une structure, lus au moment du tableau de bord (comme dans les vues de V70).
CREATE VIEW obs_structure AS
SELECT s.id AS structure_id, s.nom AS structure, SUBSTRING(s.code_postal, 1, 2) AS departement
FROM structure s;

-- La structure du dossier s'ajoute à la vue des droits (pour le remplissage des cumuls).
CREATE OR REPLACE VIEW obs_droit AS
SELECT dd.code, dd.libelle, dd.statut, dd.mis_a_jour_le AS le,
       CASE WHEN dd.periodicite = 'par mois' THEN dd.montant * 12 ELSE dd.montant END AS montant_annuel,
       SUBSTRING(s.code_postal, 1, 2) AS departement, s.id AS structure_id
FROM dossier_droit dd
JOIN dossier d ON d.id = dd.dossier_id
JOIN structure s ON s.id = d.structure_id;
