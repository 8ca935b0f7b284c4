package fr.passerelle.mandats.internal.domaine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Code de consentement envoyé par SMS à la personne, que l'aidant saisit au guichet quand elle le lui lit. Seule son
 * empreinte salée est gardée ; il est valable {@link #VALIDITE} et n'accepte que {@link #ESSAIS_AU_PLUS} essais.
 */
public record CodeConsentement(long mandatId, String empreinte, String sel, Instant envoyeLe, int essais) {

    public static final Duration VALIDITE = Duration.ofMinutes(10);
    public static final int ESSAIS_AU_PLUS = 3;

    public CodeConsentement {
        Objects.requireNonNull(empreinte, "empreinte");
        Objects.requireNonNull(sel, "sel");
        Objects.requireNonNull(envoyeLe, "envoyeLe");
        if (essais < 0 || essais > ESSAIS_AU_PLUS) {
            throw new IllegalArgumentException("essais : entre 0 et " + ESSAIS_AU_PLUS);
        }
    }

    /** Un nouveau code tiré au hasard : à envoyer en clair à la personne, à garder haché. */
    public static Emission emettre(long mandatId, Instant le, SecureRandom hasard) {
        String code = String.format("%06d", hasard.nextInt(1_000_000));
        byte[] sel = new byte[16];
        hasard.nextBytes(sel);
        String selHex = HexFormat.of().formatHex(sel);
        return new Emission(new CodeConsentement(mandatId, empreinte(selHex, code), selHex, le, 0), code);
    }

    public Instant expireLe() {
        return envoyeLe.plus(VALIDITE);
    }

    public int essaisRestants() {
        return ESSAIS_AU_PLUS - essais;
    }

    /**
     * Vérifie le code saisi. Un code mal formé (pas 6 chiffres) est refusé sans compter d'essai : c'est une faute de
     * frappe, pas une tentative.
     *
     * @return le résultat, avec le code tel qu'il faut l'enregistrer (un essai de plus s'il est faux)
     */
    public Verification verifier(String saisi, Instant maintenant) {
        if (!maintenant.isBefore(expireLe())) {
            return new Verification(Issue.EXPIRE, this);
        }
        if (essais >= ESSAIS_AU_PLUS) {
            return new Verification(Issue.EPUISE, this);
        }
        String chiffres = saisi == null ? "" : saisi.replaceAll("\\s", "");
        if (!chiffres.matches("\\d{6}")) {
            return new Verification(Issue.MAL_FORME, this);
        }
        boolean juste = MessageDigest.isEqual(empreinte(sel, chiffres).getBytes(StandardCharsets.US_ASCII),
                empreinte.getBytes(StandardCharsets.US_ASCII));
        CodeConsentement apres = new CodeConsentement(mandatId, empreinte, sel, envoyeLe, essais + 1);
        return new Verification(juste ? Issue.JUSTE : Issue.FAUX, apres);
    }

    static String empreinte(String sel, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(sel.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Emission(CodeConsentement code, String enClair) {
    }

    public enum Issue { JUSTE, FAUX, MAL_FORME, EXPIRE, EPUISE }

    /** Résultat d'une saisie, et la raison à lire à l'aidant quand le code est refusé. */
    public record Verification(Issue issue, CodeConsentement code) {

        public boolean juste() {
            return issue == Issue.JUSTE;
        }

        /** Phrase pour le champ « code » (vide de sens si le code est juste). */
        public String raison() {
            return switch (issue) {
                case JUSTE -> "";
                case MAL_FORME -> "Le code a 6 chiffres, par exemple 042917 : recopiez-le depuis le SMS de la personne.";
                case FAUX -> code.essaisRestants() > 0
                        ? "Ce code n'est pas le bon. Il reste " + code.essaisRestants() + " essai"
                        + (code.essaisRestants() > 1 ? "s" : "") + "."
                        : "Ce code n'est pas le bon, et c'était le dernier essai : envoyez un nouveau code.";
                case EXPIRE -> "Ce code a expiré à " + DatesLisibles.heure(code.expireLe())
                        + " (il est valable 10 minutes) : envoyez un nouveau code.";
                case EPUISE -> "Trop d'essais : les 3 essais de ce code sont utilisés. Envoyez un nouveau code.";
            };
        }
    }
}
