package org.quadhub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.dialect.IDialect;

import java.time.Duration;
import java.util.Locale;

/**
 * The UI language: a lang=en|ur|zh request parameter switches it and a cookie remembers it; without either, the
 * browser's Accept-Language picks a supported language, else English. Unsupported values are ignored.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedCookieLocaleResolver();
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookiePath("/");
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
		return resolver;
	}

	/** lang and dir on every page's html element. */
	@Bean
	IDialect languageDialect() {
		return new LanguageDialect();
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		var preferred = request.getLocales();
		while (preferred.hasMoreElements()) {
			Languages language = Languages.of(preferred.nextElement());
			if (language != null) {
				return language.locale();
			}
		}
		return Languages.EN.locale();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new SupportedLocaleChangeInterceptor();
		interceptor.setParamName(Languages.PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Accepts only the supported languages, each mapped to its formatting locale (zh to zh-CN). */
	static final class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

		/**
		 * Only links switch the language: reading a parameter of a POST would make the server parse its whole
		 * body first, which an upload read as it arrives must not.
		 */
		@Override
		public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Object handler) throws jakarta.servlet.ServletException {
			if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
				return true;
			}
			return super.preHandle(request, response, handler);
		}

		@Override
		protected Locale parseLocaleValue(String localeValue) {
			Languages language = Languages.ofCode(localeValue);
			if (language == null) {
				throw new IllegalArgumentException("Unsupported language: " + localeValue);
			}
			return language.locale();
		}
	}

	/** Never hands out (or stores) a locale the UI has no bundle for. */
	static final class SupportedCookieLocaleResolver extends CookieLocaleResolver {
		SupportedCookieLocaleResolver() {
			super(Languages.COOKIE);
		}

		/** A cookie naming an unsupported language counts as no cookie. */
		@Override
		protected @Nullable Locale parseLocaleValue(String localeValue) {
			Languages language = Languages.ofCode(localeValue);
			return language == null ? null : language.locale();
		}
	}
}
