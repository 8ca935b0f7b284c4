package fr.passerelle.notifications.internal.canaux;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Mise en page d'un courrier A4 pour enveloppe à fenêtre (norme La Poste : adresse dans un cadre de 45 × 100 mm,
 * à 20 mm du bord droit et 50 mm du haut), en gros caractères (14 pt, titres 18 pt), phrases courtes.
 */
public final class CourrierPdf {

    private static final float MM = 72f / 25.4f;

    private CourrierPdf() {
    }

    public static byte[] rediger(List<String> adresse, String objet, String corps, LocalDate date) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 25 * MM, 20 * MM, 105 * MM, 25 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, sortie);
        document.addTitle(objet);
        document.addCreator("Passerelle");
        document.open();
        Font expediteur = new Font(Font.HELVETICA, 11, Font.NORMAL);
        Font adresseFont = new Font(Font.HELVETICA, 12, Font.NORMAL);
        Font titre = new Font(Font.HELVETICA, 18, Font.BOLD, new Color(0, 0, 145));
        Font texte = new Font(Font.HELVETICA, 14, Font.NORMAL);

        PdfContentByte page = writer.getDirectContent();
        float hauteur = PageSize.A4.getHeight();
        ColumnText colonne = new ColumnText(page);
        colonne.setSimpleColumn(new Phrase("Passerelle\nAccès aux droits sociaux", expediteur),
                25 * MM, hauteur - 40 * MM, 100 * MM, hauteur - 15 * MM, 14, Element.ALIGN_LEFT);
        colonne.go();
        // Fenêtre : x de 90 à 190 mm depuis la gauche, y de 50 à 95 mm depuis le haut.
        ColumnText fenetre = new ColumnText(page);
        fenetre.setSimpleColumn(new Phrase(String.join("\n", adresse), adresseFont),
                95 * MM, hauteur - 95 * MM, 185 * MM, hauteur - 55 * MM, 15, Element.ALIGN_LEFT);
        fenetre.go();

        document.add(new Paragraph("Le " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)), texte));
        Paragraph titreParagraphe = new Paragraph(objet, titre);
        titreParagraphe.setSpacingBefore(12);
        titreParagraphe.setSpacingAfter(12);
        document.add(titreParagraphe);
        for (String paragraphe : corps.split("\\n\\s*\\n|\\n")) {
            Paragraph p = new Paragraph(paragraphe.strip(), texte);
            p.setLeading(20);
            p.setSpacingAfter(8);
            document.add(p);
        }
        document.close();
        return sortie.toByteArray();
    }

    /** Assemble les courriers d'un jour en un seul fichier pour le prestataire d'impression. */
    public static byte[] lot(List<byte[]> courriers) {
        if (courriers.isEmpty()) {
            return rediger(List.of("Prestataire d'impression"), "Aucun courrier ce jour", "Le lot de ce jour est vide.",
                    LocalDate.now());
        }
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfCopy copie = new PdfCopy(document, sortie);
        document.open();
        try {
            for (byte[] courrier : courriers) {
                PdfReader lecteur = new PdfReader(courrier);
                for (int i = 1; i <= lecteur.getNumberOfPages(); i++) {
                    copie.addPage(copie.getImportedPage(lecteur, i));
                }
                lecteur.close();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        document.close();
        return sortie.toByteArray();
    }
}
