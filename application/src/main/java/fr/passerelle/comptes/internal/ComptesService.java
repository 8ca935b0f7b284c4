package fr.passerelle.comptes.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.comptes.internal.domaine.AdresseEmail;
import fr.passerelle.comptes.internal.domaine.Compte;
import fr.passerelle.comptes.internal.domaine.FournisseurIdentite;
import fr.passerelle.comptes.internal.persistance.CompteLigne;
import fr.passerelle.comptes.internal.persistance.CompteRepository;
import fr.passerelle.comptes.internal.persistance.IdentiteExterneLigne;
import fr.passerelle.comptes.internal.persistance.IdentiteExterneRepository;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.ReferentielStructures;
import fr.passerelle.structures.Structure;

/** Cas d'usage des comptes : lecture, création, liaison d'identités externes, vue « compte connecté ». */
@Service
@Transactional(readOnly = true)
public class ComptesService implements fr.passerelle.comptes.Annuaire {

    /** Compte et empreinte de mot de passe (jamais exposée hors de la sécurité). */
    public record CompteEtSecret(Compte compte, Optional<String> empreinteMotDePasse) {
    }

    private final CompteRepository comptes;
    private final IdentiteExterneRepository identites;
    private final ReferentielStructures referentiel;
    private final Clock horloge;

    public ComptesService(CompteRepository comptes, IdentiteExterneRepository identites,
                          ReferentielStructures referentiel, Clock horloge) {
        this.comptes = comptes;
        this.identites = identites;
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    public Optional<CompteEtSecret> parEmail(String email) {
        AdresseEmail adresse;
        try {
            adresse = new AdresseEmail(email);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return comptes.findByEmail(adresse.valeur())
                .map(l -> new CompteEtSecret(versDomaine(l), Optional.ofNullable(l.motDePasse())));
    }

    public Optional<Compte> parId(long id) {
        return comptes.findById(id).map(ComptesService::versDomaine);
    }

    public Optional<Compte> parIdentiteExterne(FournisseurIdentite fournisseur, String sujet) {
        return identites.findByFournisseurAndSujet(fournisseur.name(), sujet)
                .flatMap(lien -> comptes.findById(lien.compteId()))
                .map(ComptesService::versDomaine);
    }

    /** Crée le compte, ou renvoie l'existant de même adresse (idempotent, utile aux données de démonstration). */
    @Transactional
    public Compte creerSiAbsent(Compte compte, String empreinteMotDePasse) {
        return comptes.findByEmail(compte.email().valeur()).map(ComptesService::versDomaine)
                .orElseGet(() -> versDomaine(comptes.save(versLigne(compte, empreinteMotDePasse))));
    }

    @Transactional
    public void lier(Compte compte, FournisseurIdentite fournisseur, String sujet) {
        identites.save(new IdentiteExterneLigne(null, compte.id(), fournisseur.name(), sujet, horloge.instant()));
    }

    @Transactional
    public void noterConnexion(long compteId) {
        comptes.noterConnexion(compteId, horloge.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    public CompteConnecte vue(Compte compte) {
        Optional<String> rattachement = Optional.empty();
        if (compte.structureId() != null) {
            rattachement = referentiel.structure(compte.structureId()).map(Structure::nom);
        } else if (compte.organisationId() != null) {
            rattachement = referentiel.organisation(compte.organisationId()).map(Organisation::nom);
        }
        return new CompteConnecte(compte.id(), compte.email().valeur(), compte.nomAffiche(), compte.role(),
                rattachement, Optional.ofNullable(compte.structureId()), Optional.ofNullable(compte.organisationId()));
    }

    @Override
    public Optional<CompteConnecte> usagerParEmail(String email) {
        return parEmail(email).map(CompteEtSecret::compte).filter(c -> c.role() == Role.USAGER).map(this::vue);
    }

    @Override
    public Optional<CompteConnecte> professionnelParEmail(String email) {
        return parEmail(email).map(CompteEtSecret::compte).filter(c -> c.role().professionnel()).map(this::vue);
    }

    @Override
    public Optional<CompteConnecte> parIdentifiant(long id) {
        return parId(id).map(this::vue);
    }

    private static Compte versDomaine(CompteLigne l) {
        return new Compte(l.id(), new AdresseEmail(l.email()), l.nomAffiche(), Role.valueOf(l.role()),
                l.structureId(), l.organisationId(), l.actif(), l.creeLe(), l.derniereConnexion());
    }

    private static CompteLigne versLigne(Compte c, String empreinte) {
        return new CompteLigne(c.id(), c.email().valeur(), c.nomAffiche(), c.role().name(), empreinte,
                c.structureId(), c.organisationId(), c.actif(), c.creeLe(), c.derniereConnexion());
    }
}
