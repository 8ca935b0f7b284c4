package fr.passerelle.depistage;

/** Un ménage mis de côté : la ligne du fichier, le ménage (s'il a pu être lu), le champ et la raison. */
public record Rejet(long ligne, String menage, String champ, String raison) implements Issue {
}
