package fr.passerelle.proactif.internal.domaine;

/**
 * Un constat tel que le dépistage l'écrit ({@code constats.jsonl}), à plat : un par prestation.
 *
 * @param nature {@code A_DEMANDER}, {@code A_VERIFIER} ou {@code ATTRIBUTION}
 * @param regle  la règle d'attribution (attributions seulement)
 */
public record ConstatLu(String identifiant, String menage, String periode, String departement, String nature,
                        String prestation, long montantCentimes, long montantAnnuelCentimes, String regle) {

    public boolean aDemander() {
        return "A_DEMANDER".equals(nature);
    }
}
