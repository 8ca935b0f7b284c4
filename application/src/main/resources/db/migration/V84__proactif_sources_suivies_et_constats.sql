-- Administration proactive : deux nouvelles sources de dépistage, traitées par les mêmes partitions (une partition =
-- une transaction, reprise sans rien refaire ni renvoyer) :
--  SUIVIES   : les personnes suivies dans Passerelle (une ligne de partition = un numéro de compte), dépistées à partir
--              de leur situation « Mes droits » enregistrée et des droits de leur dossier ;
--  CONSTATS  : un fichier de constats déjà calculés (constats.jsonl de bin/depistage ou du job Spark) déposé par une
--              administration, à porter aux personnes suivies et aux exports.
ALTER TABLE proactif_depistage DROP CONSTRAINT proactif_depistage_format_valide;
ALTER TABLE proactif_depistage ADD CONSTRAINT proactif_depistage_format_valide
    CHECK (format IN ('JSON', 'CSV', 'SUIVIES', 'CONSTATS'));
