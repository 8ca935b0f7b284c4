-- Observatoire (issue 9) : droits découverts en atelier par le questionnaire « Mes droits » passé sur place (V90),
-- comptés comme sur la page des résultats des ateliers : ceux d'un questionnaire relié à une personne enregistrée le
-- jour J. Jour et département de l'atelier (code INSEE de la commune, comme obs_atelier). Montant annuel estimé par
-- le moteur. Lecture seule, sans nom. SQL portable H2 / PostgreSQL 15.
CREATE VIEW obs_droit_atelier AS
SELECT a.jour,
       CASE WHEN a.code_commune LIKE '97%' THEN SUBSTRING(a.code_commune, 1, 3)
            ELSE SUBSTRING(a.code_commune, 1, 2) END AS departement,
       d.code, d.libelle, d.montant_annuel
FROM droit_questionnaire d
JOIN passage p ON p.questionnaire_jeton = d.jeton
JOIN atelier a ON a.id = p.atelier_id;
