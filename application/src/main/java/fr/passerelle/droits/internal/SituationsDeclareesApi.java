package fr.passerelle.droits.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.passerelle.droits.SituationsDeclarees;
import fr.passerelle.droits.internal.domaine.Foyer;
import fr.passerelle.droits.internal.domaine.Questionnaire;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;
import fr.passerelle.droits.internal.domaine.SituationDuFoyer;
import fr.passerelle.droits.internal.persistance.SituationsEnregistrees;

/**
 * Les situations enregistrées, traduites pour le moteur comme sur la page « Mes droits » ({@link SituationDuFoyer} :
 * mêmes hypothèses sur les revenus et le salaire brut).
 */
@Component
class SituationsDeclareesApi implements SituationsDeclarees {

    private final SituationsEnregistrees situations;
    private final RepertoireCommunes communes;
    private final SituationDuFoyer traducteur = new SituationDuFoyer();

    SituationsDeclareesApi(SituationsEnregistrees situations, RepertoireCommunes communes) {
        this.situations = situations;
        this.communes = communes;
    }

    @Override
    public List<Long> comptes() {
        return situations.comptes();
    }

    @Override
    public Optional<SituationDeclaree> de(long compteUsagerId) {
        return situations.lireDatee(compteUsagerId).flatMap(lue -> {
            Questionnaire q = lue.questionnaire();
            if (q.premiereEtapeARemplir(communes) != null) {
                return Optional.empty();
            }
            Foyer foyer = q.versFoyer(communes);
            return Optional.of(new SituationDeclaree(compteUsagerId, foyer.commune().codeInsee(), lue.misAJourLe(),
                    (mois, cible) -> traducteur.remplir(foyer, mois, cible)));
        });
    }
}
