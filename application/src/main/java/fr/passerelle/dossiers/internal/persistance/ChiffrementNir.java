package fr.passerelle.dossiers.internal.persistance;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.passerelle.dossiers.internal.domaine.Nir;

/**
 * Chiffrement du NIR au repos : AES-GCM (authentifié : une valeur modifiée en base est détectée), vecteur
 * d'initialisation aléatoire de 12 octets par valeur, stocké devant le texte chiffré, le tout en base64.
 * La clé (128, 192 ou 256 bits, en base64) vient de {@code passerelle.chiffrement.cle} ; sans elle, l'application
 * ne démarre pas (message expliqué par {@link CleDeChiffrementFailureAnalyzer}).
 */
@Component
public class ChiffrementNir {

    private static final int IV = 12;
    private static final int ETIQUETTE_BITS = 128;

    private final SecretKey cle;
    private final SecureRandom alea = new SecureRandom();

    public ChiffrementNir(@Value("${passerelle.chiffrement.cle:}") String cleBase64) {
        this.cle = lireCle(cleBase64);
    }

    static SecretKey lireCle(String cleBase64) {
        if (cleBase64 == null || cleBase64.isBlank()) {
            throw new CleDeChiffrementInvalide("la clé passerelle.chiffrement.cle n'est pas définie");
        }
        byte[] octets;
        try {
            octets = Base64.getDecoder().decode(cleBase64.strip());
        } catch (IllegalArgumentException e) {
            throw new CleDeChiffrementInvalide("la clé passerelle.chiffrement.cle n'est pas en base64");
        }
        if (octets.length != 16 && octets.length != 24 && octets.length != 32) {
            throw new CleDeChiffrementInvalide("la clé passerelle.chiffrement.cle fait " + octets.length
                    + " octets ; il en faut 16, 24 ou 32 (AES-128, 192 ou 256)");
        }
        return new SecretKeySpec(octets, "AES");
    }

    public String chiffrer(Nir nir) {
        try {
            byte[] iv = new byte[IV];
            alea.nextBytes(iv);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, cle, new GCMParameterSpec(ETIQUETTE_BITS, iv));
            byte[] chiffre = aes.doFinal(nir.valeur().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV + chiffre.length).put(iv).put(chiffre).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Chiffrement AES-GCM indisponible", e);
        }
    }

    public Nir dechiffrer(String stocke) {
        try {
            byte[] octets = Base64.getDecoder().decode(stocke);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, cle, new GCMParameterSpec(ETIQUETTE_BITS, octets, 0, IV));
            byte[] clair = aes.doFinal(octets, IV, octets.length - IV);
            return new Nir(new String(clair, java.nio.charset.StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("NIR illisible : la valeur en base a été modifiée, ou la clé de chiffrement a changé", e);
        }
    }
}
