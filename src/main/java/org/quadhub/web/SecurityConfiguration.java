package org.quadhub.web;

import org.quadhub.users.Users;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors. The API ({@code /api/**}, {@code /actuator/**}) is stateless HTTP Basic with problem+json for 401/403
 * and no CSRF (no cookies are honoured there). The UI uses form login with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	private static final String AUTHORITY = "AUTHORITY";
	private static final String PARTNER = "PARTNER";

	@Bean
	UserDetailsService userDetailsService(Users users) {
		return username -> users.credentials(username)
			.map(QuadHubPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ObjectProvider<SsoSecurity> sso)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**", "/api/v1/public/**").permitAll()
				.requestMatchers("/actuator/**").hasRole(AUTHORITY)
				.requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(AUTHORITY)
				.requestMatchers(HttpMethod.POST, "/api/v1/organisations").hasRole(AUTHORITY)
				.requestMatchers(HttpMethod.PUT, "/api/v1/organisations/*").hasAnyRole(AUTHORITY, PARTNER)
				.requestMatchers(HttpMethod.POST, "/api/v1/quads").hasAnyRole(AUTHORITY, PARTNER)
				.requestMatchers(HttpMethod.POST, "/api/v1/quads/*/transitions").hasRole(AUTHORITY)
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems.unauthenticated())
				.accessDeniedHandler(problems.forbidden()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		sso.ifAvailable(single -> single.api(http));
		SecurityHeaders.apply(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain ui(HttpSecurity http, ObjectProvider<SsoSecurity> sso) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/fonts/**", "/webjars/**", "/favicon.ico",
						"/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/public", "/public/**", "/open-data/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/organisations/new").hasRole(AUTHORITY)
				.requestMatchers(HttpMethod.GET, "/organisations/*/edit").hasAnyRole(AUTHORITY, PARTNER)
				.requestMatchers(HttpMethod.POST, "/organisations").hasRole(AUTHORITY)
				.requestMatchers(HttpMethod.POST, "/quads/*/transitions").hasRole(AUTHORITY)
				.requestMatchers("/quads/new").hasAnyRole(AUTHORITY, PARTNER)
				.requestMatchers(HttpMethod.POST, "/quads").hasAnyRole(AUTHORITY, PARTNER)
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		sso.ifAvailable(single -> single.ui(http));
		SecurityHeaders.apply(http);
		return http.build();
	}
}
