package fr.passerelle.comptes.internal.securite;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import fr.passerelle.comptes.Role;

/**
 * Règles d'accès : <strong>tout est refusé par défaut</strong> ({@code anyRequest().denyAll()}) ; chaque route a
 * sa règle explicite ci-dessous. CSRF actif (défaut), en-têtes de sécurité, CSP compatible DSFR (aucun script
 * ni style en ligne), changement d'identifiant de session à la connexion, déconnexion en POST.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecuriteConfiguration {

    /** CSP : tout vient de l'application ; le DSFR utilise des SVG en data: dans ses CSS. */
    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain chaineDeSecurite(HttpSecurity http, ApplicationContext contexte,
                                         ObjectProvider<ClientRegistrationRepository> oidc,
                                         ProvisionnementOidcService provisionnement,
                                         ConnexionReussieHandler connexionReussie,
                                         ConnexionOidcEchoueeHandler oidcEchouee,
                                         org.springframework.context.ApplicationEventPublisher evenements) throws Exception {
        http.authorizeHttpRequests(acces -> {
            acces.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                    // Pages publiques
                    .requestMatchers(GET, "/", "/connexion", "/structures/recherche").permitAll()
                    .requestMatchers(GET, "/dsfr/**", "/favicon.ico").permitAll()
                    // Mes droits (module droits) : questionnaire public ; l'enregistrement demande un compte usager
                    .requestMatchers(POST, "/mes-droits/enregistrer", "/mes-droits/reprendre", "/mes-droits/effacer")
                    .hasRole(Role.USAGER.name())
                    // Joindre les droits trouvés au dossier d'une personne (module dossiers, sous mandat)
                    .requestMatchers(POST, "/mes-droits/joindre").hasRole(Role.AIDANT.name())
                    .requestMatchers(GET, "/mes-droits", "/mes-droits/*").permitAll()
                    .requestMatchers(POST, "/mes-droits/*").permitAll()
                    // API publique (sans session ni CSRF, débit limité par client) et sa description OpenAPI
                    .requestMatchers(POST, "/api/v1/calculate", "/api/v1/droits").permitAll()
                    .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                    .requestMatchers("/error").permitAll()
                    // Exploitation
                    .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                    .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class)).hasRole(Role.ADMINISTRATEUR.name())
                    // Espaces
                    .requestMatchers(GET, "/mon-espace").authenticated();
            for (Role role : Role.values()) {
                acces.requestMatchers(GET, "/espace/" + role.segment()).hasRole(role.name());
            }
            // Échéances et notifications
            acces.requestMatchers("/mon-echeancier", "/mon-echeancier/**", "/mes-preferences").hasRole(Role.USAGER.name())
                    .requestMatchers(GET, "/calendrier/*").permitAll()
                    .requestMatchers("/aidant/rendez-vous", "/aidant/appels", "/aidant/appels/**").hasRole(Role.AIDANT.name())
                    .requestMatchers("/notifications/modeles").hasAnyRole(Role.ADMINISTRATEUR.name(), Role.COORDINATEUR.name())
                    .requestMatchers(GET, "/notifications/courriers/*").hasRole(Role.ADMINISTRATEUR.name())
                    .requestMatchers(POST, "/notifications/sms/entrant").permitAll();
            // Mandats : l'aidant au guichet (le domaine vérifie en plus la structure du dossier), la personne chez elle
            acces.requestMatchers("/dossiers/*/mandats", "/dossiers/*/mandats/**").hasRole(Role.AIDANT.name())
                    .requestMatchers("/mes-mandats", "/mes-mandats/**").hasRole(Role.USAGER.name());
            // Dossiers : pages de l'aidant (le mandat est ensuite exigé par le domaine) et espace de la personne
            acces.requestMatchers("/dossiers", "/dossiers/**").hasRole(Role.AIDANT.name())
                    .requestMatchers("/mon-dossier", "/mon-dossier/**").hasRole(Role.USAGER.name());
            // Saisines et droit à l'erreur (module saisines) : l'aidant depuis un dossier, l'agent pour son organisation
            acces.requestMatchers("/dossiers/*/saisines/**", "/dossiers/*/rectifications/**", "/saisines/**")
                    .hasRole(Role.AIDANT.name())
                    .requestMatchers("/agent/saisines/**").hasRole(Role.AGENT.name());
            // Ateliers et maraudes (issue 7) : le public s'inscrit en ligne ; aidants (et bénévoles, qui ont un compte
            // aidant) inscrivent et tiennent le jour J ; la planification est réservée au coordinateur.
            acces.requestMatchers(GET, "/ateliers/hors-connexion.js").permitAll()
                    .requestMatchers("/ateliers/inscription/*").permitAll()
                    .requestMatchers(GET, "/ateliers/*/affiche.pdf", "/ateliers/*/flyer.pdf").hasAnyRole(Role.COORDINATEUR.name(), Role.AIDANT.name())
                    .requestMatchers("/ateliers/a-venir", "/ateliers/*/inscriptions", "/ateliers/*/jour-j", "/ateliers/*/jour-j/**")
                    .hasAnyRole(Role.COORDINATEUR.name(), Role.AIDANT.name())
                    .requestMatchers("/ateliers/**").hasRole(Role.COORDINATEUR.name())
                    // Remontées : « je donne mon avis » est ouvert à tous ; la saisie aux aidants, agents et coordinateurs ;
                    // l'agrégation, les rapports et les réponses des administrations au coordinateur.
                    .requestMatchers("/je-donne-mon-avis").permitAll()
                    .requestMatchers("/remontees/saisie").hasAnyRole(Role.COORDINATEUR.name(), Role.AIDANT.name(), Role.AGENT.name())
                    .requestMatchers("/remontees", "/remontees/**").hasRole(Role.COORDINATEUR.name());
            // Administration proactive : lancer un dépistage et lire ses exports ; les aidants voient les constats de leur structure.
            acces.requestMatchers("/proactif", "/proactif/**").hasAnyRole(Role.ADMINISTRATEUR.name(), Role.COORDINATEUR.name())
                    .requestMatchers(GET, "/aidant/constats").hasRole(Role.AIDANT.name());
            // Observatoire : tableaux de bord du pilotage ; l'open data (sous secret statistique, par année) est public ;
            // un agent lit les chiffres de sa seule organisation (le contrôleur en tire le périmètre), sans rien saisir.
            acces.requestMatchers(GET, "/observatoire/open-data", "/observatoire/open-data/**").permitAll()
                    .requestMatchers(GET, "/observatoire", "/observatoire/**")
                    .hasAnyRole(Role.COORDINATEUR.name(), Role.ADMINISTRATEUR.name(), Role.AGENT.name())
                    .requestMatchers("/observatoire", "/observatoire/**")
                    .hasAnyRole(Role.COORDINATEUR.name(), Role.ADMINISTRATEUR.name());
            acces.requestMatchers(new RouteInconnueMatcher(contexte)).permitAll()
                    .anyRequest().denyAll();
        });
        http.formLogin(formulaire -> formulaire
                .loginPage("/connexion")
                .loginProcessingUrl("/connexion")
                .usernameParameter("email")
                .passwordParameter("motDePasse")
                .successHandler(connexionReussie)
                .failureUrl("/connexion?erreur")
                .permitAll());
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o
                    .loginPage("/connexion")
                    .userInfoEndpoint(u -> u.oidcUserService(provisionnement))
                    .successHandler(connexionReussie)
                    .failureHandler(oidcEchouee));
        }
        http.logout(sortie -> sortie
                .logoutUrl("/deconnexion")
                .logoutSuccessUrl("/?deconnexion")
                .permitAll());
        // Le fournisseur SMS appelle ce point d'entrée avec un secret partagé (pas de session, donc pas de CSRF).
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/notifications/sms/entrant"));
        http.sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()));
        // L'API sert des clients sans navigateur (jeton CSRF impossible) : elle n'utilise ni cookie ni session.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        // Un refus par rôle est publié (AccesRefuseParRole) : le module dossiers l'inscrit au journal des accès.
        http.exceptionHandling(e -> e.accessDeniedHandler(new RefusPublie(evenements)));
        http.headers(entetes -> entetes
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    PasswordEncoder encodeurMotDePasse() {
        // Délégant : BCrypt par défaut, préfixe {bcrypt} en base (permet de changer d'algorithme plus tard).
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
