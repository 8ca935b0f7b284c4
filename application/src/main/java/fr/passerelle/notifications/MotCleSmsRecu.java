package fr.passerelle.notifications;

import java.time.Instant;

/**
 * Un mot-clé reconnu est arrivé par SMS, d'un numéro valable, que ce numéro soit connu des préférences ou non (la
 * personne qui retire ses mandats par {@code RETIRER} n'a pas forcément de compte).
 *
 * @param numero numéro de l'expéditeur, au format international E.164 (+33612345678)
 * @param motCle {@code STOP}, {@code AIDE}, {@code OK}, {@code RETIRER} ou {@code ATELIER}
 * @param texte  le texte reçu tel quel (le code d'atelier suit le mot-clé {@code ATELIER}), vide s'il n'est pas connu
 */
public record MotCleSmsRecu(String numero, String motCle, Instant recuLe, String texte) {

    public MotCleSmsRecu {
        texte = texte == null ? "" : texte;
    }

    public MotCleSmsRecu(String numero, String motCle, Instant recuLe) {
        this(numero, motCle, recuLe, "");
    }
}
