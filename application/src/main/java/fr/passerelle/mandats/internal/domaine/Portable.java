package fr.passerelle.mandats.internal.domaine;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Numéro de portable de la personne, au format international E.164 : c'est sous cette forme que le mandat garde le
 * numéro auquel le code a été envoyé, et que le mot-clé de retrait reçu par SMS est rapproché des mandats.
 */
public final class Portable {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Portable() {
    }

    /** Le numéro en E.164 s'il est lisible et mobile (France par défaut), vide sinon. */
    public static Optional<String> e164(String saisie) {
        if (saisie == null || saisie.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber numero = UTIL.parse(saisie.strip(), "FR");
            PhoneNumberType type = UTIL.getNumberType(numero);
            if (!UTIL.isValidNumber(numero)
                    || (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(numero, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Forme lisible à la française (06 12 34 56 78), pour l'afficher à l'aidant. */
    public static String lisible(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, "FR"), PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
