package fr.passerelle.echeances;

import java.time.LocalDate;
import java.util.Set;

/**
 * Les droits que le moteur trouve à la situation enregistrée d'une personne (verdict « Vous pouvez y avoir droit »).
 *
 * @param compteId     le compte usager de la personne
 * @param enregistreeLe jour où la personne a enregistré (ou modifié) sa situation
 * @param calculeLe    jour du calcul (horloge de l'application)
 * @param droits       codes des droits trouvés : {@code rsa}, {@code ppa}, {@code css}, {@code ars},
 *                     {@code cheque_energie}, {@code aide_logement}… (noms des variables du moteur)
 * @param enfantsDe16a18 enfants à charge de 16 à 18 ans (leur scolarité se déclare pour l'allocation de rentrée)
 */
public record DroitsTrouves(long compteId, LocalDate enregistreeLe, LocalDate calculeLe, Set<String> droits,
                            int enfantsDe16a18) {

    public DroitsTrouves {
        droits = Set.copyOf(droits);
    }

    public boolean a(String code) {
        return droits.contains(code);
    }
}
