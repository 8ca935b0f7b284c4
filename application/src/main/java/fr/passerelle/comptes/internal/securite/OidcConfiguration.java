package fr.passerelle.comptes.internal.securite;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

import fr.passerelle.comptes.internal.domaine.FournisseurIdentite;

/** Crée les « client registrations » FranceConnect / ProConnect seulement pour les fournisseurs configurés. */
@Configuration(proxyBeanMethods = false)
class OidcConfiguration {

    @Bean
    @Conditional(AuMoinsUnFournisseur.class)
    ClientRegistrationRepository clientRegistrationRepository(org.springframework.core.env.Environment environnement) {
        List<ClientRegistration> registrations = new ArrayList<>();
        for (FournisseurIdentite f : FournisseurIdentite.values()) {
            lire(environnement, f).filter(FournisseurOidcProperties::configure).ifPresent(conf ->
                    registrations.add(ClientRegistrations.fromIssuerLocation(conf.issuerUri())
                            .registrationId(f.registrationId())
                            .clientName(f == FournisseurIdentite.FRANCECONNECT ? "FranceConnect" : "ProConnect")
                            .clientId(conf.clientId())
                            .clientSecret(conf.clientSecret())
                            .scope(conf.scopesOuDefaut())
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .build()));
        }
        return new InMemoryClientRegistrationRepository(registrations);
    }

    static java.util.Optional<FournisseurOidcProperties> lire(org.springframework.core.env.Environment env,
                                                               FournisseurIdentite f) {
        return Binder.get(env).bind("passerelle.oidc." + f.registrationId(),
                Bindable.of(FournisseurOidcProperties.class)).map(java.util.Optional::of).orElse(java.util.Optional.empty());
    }

    /** Vrai si au moins un fournisseur a un issuer et un client-id. */
    static class AuMoinsUnFournisseur implements Condition {
        @Override
        public boolean matches(ConditionContext contexte, AnnotatedTypeMetadata metadonnees) {
            for (FournisseurIdentite f : FournisseurIdentite.values()) {
                if (lire(contexte.getEnvironment(), f).filter(FournisseurOidcProperties::configure).isPresent()) {
                    return true;
                }
            }
            return false;
        }
    }
}
