package fr.passerelle.observatoire.internal.domaine;

import java.util.List;
import java.util.Optional;

/** Un tableau de bord : ses sections, dans l'ordre de la page. */
public record TableauDeBord(String id, String titre, String introduction, List<Section> sections) {

    public Optional<Tableau> tableau(String idTableau) {
        return sections.stream().map(Section::tableau).filter(t -> t.id().equals(idTableau)).findFirst();
    }
}
