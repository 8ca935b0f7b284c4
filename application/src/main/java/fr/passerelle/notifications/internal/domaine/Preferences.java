package fr.passerelle.notifications.internal.domaine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.passerelle.notifications.Canal;

/**
 * Préférences de contact d'une personne : coordonnées, ordre des canaux (le premier est le préféré, les suivants
 * servent de repli), heures calmes et consentements. Un canal n'est utilisable que s'il est consenti et renseigné.
 */
public record Preferences(long personneId, AdresseElectronique email, NumeroTelephone telephone,
                          AdressePostale adresse, List<Canal> ordre, HeuresCalmes heuresCalmes,
                          Map<Canal, Consentement> consentements, Langue langue) {

    /** Préférences en français (langue par défaut). */
    public Preferences(long personneId, AdresseElectronique email, NumeroTelephone telephone, AdressePostale adresse,
                       List<Canal> ordre, HeuresCalmes heuresCalmes, Map<Canal, Consentement> consentements) {
        this(personneId, email, telephone, adresse, ordre, heuresCalmes, consentements, Langue.FRANCAIS);
    }

    public Preferences {
        if (langue == null) {
            langue = Langue.FRANCAIS;
        }
        ordre = List.copyOf(ordre);
        if (ordre.isEmpty() || ordre.stream().distinct().count() != ordre.size()) {
            throw new EntreeInvalide("ordre", "Choisissez au moins un moyen de contact, sans le répéter.");
        }
        consentements = consentements.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(consentements));
        for (Canal canal : ordre) {
            if (consenti(consentements, canal) && coordonnee(canal, email, telephone, adresse).isEmpty()) {
                throw new EntreeInvalide(champDe(canal), switch (canal) {
                    case EMAIL -> "Pour être prévenu par courriel, indiquez votre adresse de courriel.";
                    case SMS -> "Pour être prévenu par SMS, indiquez votre numéro de téléphone portable.";
                    case TELEPHONE -> "Pour être appelé, indiquez votre numéro de téléphone.";
                    case COURRIER -> "Pour recevoir un courrier, indiquez votre adresse postale.";
                });
            }
        }
        if (telephone != null && consenti(consentements, Canal.SMS) && ordre.contains(Canal.SMS) && !telephone.mobile()) {
            throw new EntreeInvalide("telephone", "Les SMS ne peuvent être envoyés qu'à un téléphone portable "
                    + "(numéro commençant par 06 ou 07).");
        }
    }

    public static Preferences aucune(long personneId) {
        return new Preferences(personneId, null, null, null, List.of(Canal.EMAIL), HeuresCalmes.PAR_DEFAUT, Map.of());
    }

    private static boolean consenti(Map<Canal, Consentement> consentements, Canal canal) {
        Consentement c = consentements.get(canal);
        return c != null && c.accorde();
    }

    private static String champDe(Canal canal) {
        return switch (canal) {
            case EMAIL -> "email";
            case SMS, TELEPHONE -> "telephone";
            case COURRIER -> "adresseLigne1";
        };
    }

    private static Optional<String> coordonnee(Canal canal, AdresseElectronique email, NumeroTelephone telephone,
                                               AdressePostale adresse) {
        return Optional.ofNullable(switch (canal) {
            case EMAIL -> email == null ? null : email.valeur();
            case SMS, TELEPHONE -> telephone == null ? null : telephone.e164();
            case COURRIER -> adresse == null ? null : adresse.enUneLigne();
        });
    }

    public boolean consenti(Canal canal) {
        return consenti(consentements, canal);
    }

    /** Coordonnée à utiliser pour ce canal (adresse, numéro E.164, adresse postale en une ligne). */
    public Optional<String> destinataire(Canal canal) {
        return coordonnee(canal, email, telephone, adresse);
    }

    /** Canaux utilisables, dans l'ordre de préférence : jamais un canal refusé. */
    public List<Canal> canauxUtilisables() {
        List<Canal> canaux = new ArrayList<>();
        for (Canal canal : ordre) {
            if (consenti(canal) && destinataire(canal).isPresent()) {
                canaux.add(canal);
            }
        }
        return canaux;
    }

    /** Canal de repli après un échec définitif sur {@code canal}. */
    public Optional<Canal> canalApres(Canal canal) {
        List<Canal> canaux = canauxUtilisables();
        int i = canaux.indexOf(canal);
        return i >= 0 && i + 1 < canaux.size() ? Optional.of(canaux.get(i + 1)) : Optional.empty();
    }

    public Preferences avecConsentement(Consentement consentement) {
        Map<Canal, Consentement> copie = new EnumMap<>(Canal.class);
        copie.putAll(consentements);
        copie.put(consentement.canal(), consentement);
        return new Preferences(personneId, email, telephone, adresse, ordre, heuresCalmes, copie);
    }
}
