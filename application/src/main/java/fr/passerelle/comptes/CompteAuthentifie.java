package fr.passerelle.comptes;

/**
 * Implémenté par le « principal » de toute session authentifiée (connexion locale ou OpenID Connect) :
 * les contrôleurs des autres modules le reçoivent avec {@code @AuthenticationPrincipal CompteAuthentifie}.
 */
public interface CompteAuthentifie {

    CompteConnecte compte();
}
