package fr.passerelle.ateliers.internal.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;

/** Affiche (A4) et flyer (A5) en mots simples, très gros caractères, pour annoncer un atelier. */
@Component
class AffichePdf {

    /** Le numéro qui reçoit les SMS (celui du fournisseur), imprimé après le code ; vide : « par SMS » seulement. */
    private final String numeroSms;

    AffichePdf(@org.springframework.beans.factory.annotation.Value("${passerelle.ateliers.numero-sms:}") String numeroSms) {
        this.numeroSms = numeroSms == null ? "" : numeroSms.strip();
    }

    byte[] affiche(AtelierLigne a) {
        return ecrire(a, PageSize.A4, 40, 20);
    }

    byte[] flyer(AtelierLigne a) {
        return ecrire(a, PageSize.A5, 26, 14);
    }

    private byte[] ecrire(AtelierLigne a, Rectangle format, int grand, int normal) {
        Font titre = FontFactory.getFont(FontFactory.HELVETICA_BOLD, grand, Color.BLACK);
        Font gras = FontFactory.getFont(FontFactory.HELVETICA_BOLD, normal + 4, Color.BLACK);
        Font texte = FontFactory.getFont(FontFactory.HELVETICA, normal, Color.BLACK);
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document document = new Document(format, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, sortie);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.addTitle("Atelier : vos droits et vos démarches");
        document.addCreator("Passerelle");
        document.open();
        document.add(centre("Besoin d'aide pour vos papiers ?", titre));
        document.add(centre("Venez nous voir. C'est gratuit.", gras));
        document.add(centre(PublicController.quand(a), gras));
        document.add(centre(ServiceAteliersLieu.lieu(a), gras));
        document.add(centre("Des personnes de la CAF, de l'Assurance maladie, des impôts et d'autres services sont là pour vous aider.", texte));
        document.add(centre("Vous pouvez savoir à quelles aides vous avez droit, et faire vos démarches sur place.", texte));
        document.add(centre("Apportez vos papiers : carte d'identité, carte Vitale, courriers reçus.", texte));
        document.add(centre("Pour vous inscrire, envoyez par SMS : ATELIER " + a.codeSms()
                + (numeroSms.isEmpty() ? "" : " au " + numeroSms), gras));
        document.add(centre("Vous pouvez aussi venir sans vous inscrire.", texte));
        if (a.accessibilite() != null) {
            document.add(centre("Accès : " + a.accessibilite(), texte));
        }
        document.close();
        return sortie.toByteArray();
    }

    private static Paragraph centre(String texte, Font police) {
        Paragraph p = new Paragraph(texte, police);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(14);
        return p;
    }
}
