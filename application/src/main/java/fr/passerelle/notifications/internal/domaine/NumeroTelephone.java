package fr.passerelle.notifications.internal.domaine;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Numéro de téléphone validé et normalisé au format international E.164 (ex. +33612345678), France par défaut. */
public record NumeroTelephone(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public NumeroTelephone {
        if (e164 == null || !e164.matches("\\+[1-9]\\d{6,14}")) {
            throw new EntreeInvalide("telephone", "Le numéro doit être au format international, par exemple +33612345678.");
        }
    }

    /** Lit un numéro saisi (« 06 12 34 56 78 », « +33 6 12… », « 0033… »), ou refuse avec la raison. */
    public static NumeroTelephone lire(String champ, String saisie) {
        if (saisie == null || saisie.isBlank()) {
            throw new EntreeInvalide(champ, "Indiquez un numéro de téléphone, par exemple 06 12 34 56 78.");
        }
        PhoneNumber numero;
        try {
            numero = UTIL.parse(saisie.strip(), "FR");
        } catch (NumberParseException e) {
            throw new EntreeInvalide(champ, "Ce numéro de téléphone n'est pas lisible. Écrivez-le par exemple 06 12 34 56 78.");
        }
        if (!UTIL.isValidNumber(numero)) {
            throw new EntreeInvalide(champ, "Ce numéro de téléphone n'existe pas : vérifiez le nombre de chiffres "
                    + "(10 chiffres en France, par exemple 06 12 34 56 78).");
        }
        return new NumeroTelephone(UTIL.format(numero, PhoneNumberFormat.E164));
    }

    /** Un SMS ne peut partir que vers un mobile. */
    public boolean mobile() {
        try {
            PhoneNumberType type = UTIL.getNumberType(UTIL.parse(e164, "FR"));
            return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** Forme lisible à la française : 06 12 34 56 78. */
    public String lisible() {
        try {
            return UTIL.format(UTIL.parse(e164, "FR"), PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
