package fr.passerelle.ateliers.internal.domaine;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Une personne inscrite à un atelier. On la reconnaît à son téléphone, sinon à son courriel, sinon à son nom
 * (personne sans moyen de contact) : deux inscriptions qui partagent l'un de ces éléments sont la même personne.
 */
public record Inscrit(String nom, String telephone, String courriel) {

    public Inscrit {
        telephone = telephone == null || telephone.isBlank() ? null : normaliserTelephone(telephone);
        courriel = courriel == null || courriel.isBlank() ? null : courriel.strip().toLowerCase(Locale.ROOT);
        nom = nom.strip();
    }

    /** La clé d'unicité en base (contrainte {@code inscription_unique}). */
    public String identite() {
        if (telephone != null) {
            return "tel:" + telephone;
        }
        if (courriel != null) {
            return "mel:" + courriel;
        }
        return "nom:" + nomNormalise(nom);
    }

    /** La raison du refus si cette personne est déjà inscrite, vide sinon. */
    public Optional<String> dejaInscrite(List<Inscrit> inscrits) {
        for (Inscrit autre : inscrits) {
            if (telephone != null && telephone.equals(autre.telephone)) {
                return Optional.of("Téléphone : une personne est déjà inscrite avec le numéro " + telephone + " (" + autre.nom + ").");
            }
            if (courriel != null && courriel.equals(autre.courriel)) {
                return Optional.of("Courriel : une personne est déjà inscrite avec l'adresse " + courriel + " (" + autre.nom + ").");
            }
            if (telephone == null && courriel == null && autre.telephone == null && autre.courriel == null
                    && nomNormalise(nom).equals(nomNormalise(autre.nom))) {
                return Optional.of("Nom : " + autre.nom + " est déjà inscrite sans téléphone ni courriel.");
            }
        }
        return Optional.empty();
    }

    static String normaliserTelephone(String brut) {
        String chiffres = brut.replaceAll("[\\s.()-]", "");
        if (chiffres.startsWith("+33")) {
            chiffres = "0" + chiffres.substring(3);
        }
        return chiffres;
    }

    static String nomNormalise(String nom) {
        return Normalizer.normalize(nom, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", " ").strip();
    }
}
