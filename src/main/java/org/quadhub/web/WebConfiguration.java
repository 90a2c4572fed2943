package org.quadhub.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}

	/**
	 * No link rewriting. With a webjars locator on the classpath Boot registers a filter that passes every link a
	 * page renders through the static resource chain, looking each one up on the classpath (inside the jar) and
	 * caching only the ones found: every {@code /quads/12} link cost a jar lookup on every render, the largest
	 * single CPU cost of a page under load (ADR 0026). QuadHub writes its links as they are served (versionless
	 * webjar paths are still resolved when requested), so there is nothing to rewrite. Registering the filter
	 * disabled keeps Boot's own from being added.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noLinkRewriting() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
