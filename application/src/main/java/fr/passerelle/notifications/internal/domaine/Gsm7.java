package fr.passerelle.notifications.internal.domaine;

/** Alphabet GSM 03.38 : un SMS en GSM-7 tient en 160 caractères, 70 seulement sinon (UCS-2). */
public final class Gsm7 {

    private static final String BASE = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private Gsm7() {
    }

    /** Nombre de caractères GSM-7 (les caractères d'extension comptent double), ou -1 si le texte n'est pas GSM-7. */
    public static int longueur(String texte) {
        int n = 0;
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (BASE.indexOf(c) >= 0) {
                n++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                n += 2;
            } else {
                return -1;
            }
        }
        return n;
    }

    /** Remplace les quelques caractères français hors GSM-7 par leur plus proche équivalent (ê → e, ç → c, ’ → '). */
    public static String adapter(String texte) {
        StringBuilder sortie = new StringBuilder(texte.length());
        for (char c : texte.toCharArray()) {
            sortie.append(switch (c) {
                case 'ê', 'ë' -> 'e';
                case 'â' -> 'a';
                case 'î', 'ï' -> 'i';
                case 'ô' -> 'o';
                case 'û' -> 'u';
                case 'ç' -> 'c';
                case 'È', 'Ê', 'Ë' -> 'E';
                case 'À', 'Â' -> 'A';
                case 'Î', 'Ï' -> 'I';
                case 'Ô' -> 'O';
                case 'Ù', 'Û' -> 'U';
                case '’', '‘' -> '\'';
                case '«', '»', '“', '”' -> '"';
                case '\u00A0', '\u202F' -> ' ';
                case '–', '—' -> '-';
                default -> c;
            });
        }
        return sortie.toString();
    }

    /** Le texte adapté tient-il dans un seul SMS ? */
    public static boolean unSeulSms(String texte) {
        int n = longueur(adapter(texte));
        return n >= 0 && n <= 160;
    }
}
