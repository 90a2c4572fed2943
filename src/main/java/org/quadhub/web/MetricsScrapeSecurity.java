package org.quadhub.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may read {@code /actuator/prometheus}: an AUTHORITY user, or the scrape account configured by
 * {@code quadhub.metrics.scrape-username} and {@code quadhub.metrics.scrape-password} (environment
 * {@code QUADHUB_METRICS_USER}, {@code QUADHUB_METRICS_PASSWORD}). The scrape account exists only in the
 * configuration, only when a password is set, and opens nothing but this one endpoint (ADR 0025). Stateless HTTP
 * Basic with problem+json for 401 and 403, like the rest of the API.
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

	static final String SCRAPER_ROLE = "METRICS";

	@Bean
	@Order(0)
	SecurityFilterChain metricsScrape(HttpSecurity http, ProblemResponses problems,
			@Qualifier("quadHubAuthenticationProvider") AuthenticationProvider accounts,
			@Value("${quadhub.metrics.scrape-username:prometheus}") String username,
			@Value("${quadhub.metrics.scrape-password:}") String password) throws Exception {
		List<AuthenticationProvider> providers = new ArrayList<>();
		if (!password.isEmpty()) {
			providers.add(new ScrapeAccount(username, password));
		}
		providers.add(accounts);
		ProviderManager manager = new ProviderManager(providers);
		manager.setEraseCredentialsAfterAuthentication(true);
		http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
			.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole("AUTHORITY", SCRAPER_ROLE))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems.unauthenticated())
				.accessDeniedHandler(problems.forbidden()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	/** The configured scrape account: compares SHA-256 digests in constant time; other usernames pass through. */
	static final class ScrapeAccount implements AuthenticationProvider {

		private final String username;

		private final byte[] passwordDigest;

		ScrapeAccount(String username, String password) {
			this.username = username;
			this.passwordDigest = sha256(password);
		}

		@Override
		public @Nullable Authentication authenticate(Authentication authentication) {
			if (!username.equals(authentication.getName())) {
				return null;
			}
			Object credentials = authentication.getCredentials();
			if (credentials == null || !MessageDigest.isEqual(passwordDigest, sha256(credentials.toString()))) {
				throw new BadCredentialsException("Bad credentials");
			}
			return UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList("ROLE_" + SCRAPER_ROLE));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
		}

		private static byte[] sha256(String text) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
