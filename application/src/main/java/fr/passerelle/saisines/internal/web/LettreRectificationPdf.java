package fr.passerelle.saisines.internal.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import fr.passerelle.saisines.internal.domaine.LettreRectification;

/** La lettre de rectification en PDF A4 : gros caractères (13 pt), phrases courtes, place pour la signature. */
final class LettreRectificationPdf {

    private static final float MM = 72f / 25.4f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private LettreRectificationPdf() {
    }

    static byte[] rediger(LettreRectification lettre, LocalDate aujourdhui) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 22 * MM, 20 * MM, 20 * MM, 20 * MM);
        PdfWriter.getInstance(document, sortie);
        document.addTitle(lettre.objetDuCourrier());
        document.addSubject("Droit à l'erreur — article L123-1 du code des relations entre le public et l'administration");
        document.addCreator("Passerelle");
        document.open();
        Font texte = new Font(Font.HELVETICA, 13, Font.NORMAL);
        Font gras = new Font(Font.HELVETICA, 13, Font.BOLD);
        Font titre = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0, 0, 145));
        Font petit = new Font(Font.HELVETICA, 10, Font.ITALIC, Color.DARK_GRAY);

        document.add(new Paragraph(lettre.personneNom(), gras));
        document.add(new Paragraph("Adresse : ........................................................", texte));
        Paragraph destinataire = new Paragraph(lettre.organisationNom(), gras);
        destinataire.setAlignment(Paragraph.ALIGN_RIGHT);
        destinataire.setSpacingBefore(18);
        document.add(destinataire);
        Paragraph date = new Paragraph("Le " + aujourdhui.format(DATE), texte);
        date.setAlignment(Paragraph.ALIGN_RIGHT);
        date.setSpacingBefore(12);
        document.add(date);
        Paragraph objet = new Paragraph("Objet : " + lettre.objetDuCourrier(), titre);
        objet.setSpacingBefore(18);
        objet.setSpacingAfter(12);
        document.add(objet);
        for (String paragraphe : lettre.paragraphes()) {
            Paragraph p = new Paragraph(paragraphe, texte);
            p.setLeading(18);
            p.setSpacingAfter(8);
            document.add(p);
        }
        Paragraph signature = new Paragraph("Signature :", gras);
        signature.setSpacingBefore(24);
        document.add(signature);
        Paragraph mention = new Paragraph(lettre.mention(), petit);
        mention.setSpacingBefore(60);
        document.add(mention);
        document.close();
        return sortie.toByteArray();
    }
}
