package fr.passerelle.observatoire.internal.domaine;

/** Une partie d'un tableau de bord : son graphique SVG (ou {@code null}) et son tableau de données avec résumé. */
public record Section(Tableau tableau, String svg) {
}
