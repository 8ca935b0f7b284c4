package fr.passerelle.dossiers;

import java.util.List;
import java.util.Map;

/**
 * Port : ce qu'un autre module tient sur la personne d'un dossier (saisines, lettres…), pour que l'export de ses
 * données (RGPD, article 15) soit complet sans que le module dossiers dépende de chacun d'eux.
 */
public interface DonneesDuDossier {

    /** Les rubriques de ce module pour ce dossier ; vide s'il ne tient rien. */
    List<Rubrique> pourLExport(long dossierId);

    /**
     * @param cle    clé de la rubrique dans l'export JSON (« saisines »)
     * @param titre  titre de la rubrique dans l'export PDF (« Saisines des administrations »)
     * @param lignes un élément par chose tenue (une saisine, une lettre…), en champs simples
     */
    record Rubrique(String cle, String titre, List<Map<String, Object>> lignes) {

        public Rubrique {
            lignes = List.copyOf(lignes);
        }
    }
}
