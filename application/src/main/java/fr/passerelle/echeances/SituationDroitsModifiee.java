package fr.passerelle.echeances;

/**
 * Événement publié par le module {@code droits} quand la situation enregistrée de « Mes droits » d'une personne est
 * enregistrée, modifiée ou effacée ({@code effacee}) ; l'échéancier l'écoute et se recalcule. Le type vit ici, dans
 * l'API de l'échéancier, pour que {@code echeances} ne dépende pas de {@code droits} (voir {@link DroitsDesPersonnes}).
 */
public record SituationDroitsModifiee(long compteId, boolean effacee) {
}
