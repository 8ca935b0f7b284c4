/**
 * <strong>Échéances</strong> : l'échéancier de chaque personne (« mon échéancier »), calculé à partir de sa
 * situation, de ses droits et de ses pièces par des règles tenues en données ({@code echeances/regles.yml}) :
 * déclaration trimestrielle RSA / prime d'activité, renouvellement de la complémentaire santé solidaire, révision
 * de l'AAH, déclaration d'impôt, allocation de rentrée scolaire, chèque énergie, expiration des pièces, rendez-vous
 * ajoutés par un aidant. Recalculé à chaque changement ; page imprimable, export iCalendar, abonnement par URL
 * privée révocable ; rappels confiés au module {@code notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Échéances")
package fr.passerelle.echeances;
