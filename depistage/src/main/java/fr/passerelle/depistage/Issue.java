package fr.passerelle.depistage;

/** Ce que devient une ligne d'entrée : un ménage dépisté ou un rejet. */
public sealed interface Issue permits ResultatMenage, Rejet {
}
