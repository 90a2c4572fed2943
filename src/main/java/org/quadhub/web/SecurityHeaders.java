package org.quadhub.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every answer carries, UI pages, API responses and errors alike (ADR 0019): a Content
 * Security Policy that runs scripts only from QuadHub itself (no inline scripts, no eval) and forbids framing,
 * nosniff, a referrer policy, no framing through X-Frame-Options for old browsers, and HSTS on requests that
 * arrived over TLS (directly or, with {@code server.forward-headers-strategy=native}, through a proxy that says so
 * in X-Forwarded-Proto). Both filter chains apply it.
 */
final class SecurityHeaders {

	/**
	 * Styles may be inline: ECharts, htmx and Swagger UI set style attributes; style injection cannot run script.
	 * Images may be data: URLs (chart downloads, Swagger UI icons).
	 */
	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final long HSTS_SECONDS = 31_536_000L;

	private SecurityHeaders() {
	}

	static HttpSecurity apply(HttpSecurity http) throws Exception {
		return http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.contentTypeOptions(nosniff -> {
			})
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS)));
	}
}
