package fr.passerelle.droits.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Corps de {@code POST /api/v1/droits} : les mêmes réponses que le questionnaire, en JSON. Les montants sont
 * mensuels, en euros ; le salaire est net. La commune : {@code codePostal}, avec {@code codeInsee} s'il en
 * désigne plusieurs (ou {@code codeInsee} seul).
 */
@Schema(description = "Les réponses du questionnaire « Mes droits »")
record DemandeDroits(
        @Schema(example = "35") Integer age,
        Conjoint conjoint,
        @Schema(description = "Âge de chaque enfant à charge", example = "[4, 9]") List<Integer> enfants,
        Revenus revenus,
        @Schema(allowableValues = {"AUCUN", "ENTRE_50_ET_79", "AU_MOINS_80"}) String handicap,
        @Schema(allowableValues = {"LOCATAIRE", "LOCATAIRE_HLM", "LOCATAIRE_MEUBLE", "PROPRIETAIRE", "HEBERGE", "SANS_DOMICILE"},
                example = "LOCATAIRE") String logement,
        @Schema(description = "Loyer mensuel hors charges (locataires)", example = "550") Double loyer,
        @Schema(example = "33130") String codePostal,
        @Schema(example = "33039") String codeInsee) {

    record Conjoint(Integer age, Revenus revenus, String handicap) {
    }

    record Revenus(@Schema(description = "Salaire net mensuel") Double salaire, Double retraite, Double chomage,
                   Double pensionAlimentaire) {
    }
}
