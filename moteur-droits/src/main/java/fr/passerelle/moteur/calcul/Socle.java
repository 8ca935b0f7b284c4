package fr.passerelle.moteur.calcul;

import fr.passerelle.moteur.legislation.Legislation;
import fr.passerelle.moteur.revenus.Fiscalite;
import fr.passerelle.moteur.revenus.Revenus;

/** Ce que chaque prestation reçoit à sa construction : la législation et les calculs de revenus partagés. */
public record Socle(Legislation legislation, Revenus revenus, Fiscalite fiscalite) {

    public static Socle de(Legislation legislation) {
        Revenus revenus = new Revenus(legislation);
        return new Socle(legislation, revenus, new Fiscalite(legislation, revenus));
    }
}
