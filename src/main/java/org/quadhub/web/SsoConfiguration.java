package org.quadhub.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Single sign-on exists only when quadhub.sso.issuer-uri names an issuer; SecurityConfiguration applies it. */
@Configuration(proxyBeanMethods = false)
@Conditional(SsoConfiguration.IssuerConfigured.class)
class SsoConfiguration {

	@Bean
	SsoSecurity ssoSecurity(SsoSettings settings, ProblemResponses problems) {
		return new SsoSecurity(settings, problems);
	}

	static final class IssuerConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String issuer = context.getEnvironment().getProperty("quadhub.sso.issuer-uri");
			return issuer != null && !issuer.isBlank();
		}
	}
}
