package fr.passerelle.saisines.internal;

import java.util.List;

import fr.passerelle.saisines.internal.domaine.MessageSaisine;
import fr.passerelle.saisines.internal.domaine.PieceJointe;

/** Une saisine, son fil de messages et ses pièces : exactement ce que l'aidant a partagé avec l'organisation. */
public record FilSaisine(SaisineSuivie suivi, List<MessageSaisine> messages, List<PieceJointe> pieces) {

    /** Pièces jointes à l'ouverture (sans message). */
    public List<PieceJointe> piecesInitiales() {
        return pieces.stream().filter(p -> p.messageId() == null).toList();
    }

    public List<PieceJointe> piecesDu(MessageSaisine message) {
        return pieces.stream().filter(p -> message.id().equals(p.messageId())).toList();
    }
}
