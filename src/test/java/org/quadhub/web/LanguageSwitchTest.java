package org.quadhub.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lang parameter switches the UI language, a cookie remembers it, and the page says which language it is in. */
@QuadHubTest
class LanguageSwitchTest {

	@Autowired
	MockMvc mvc;

	private MvcResult page(String url, Cookie... cookies) throws Exception {
		var request = get(url).accept(MediaType.TEXT_HTML);
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void englishIsTheDefaultLeftToRight() throws Exception {
		String html = html(page("/login"));
		assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">").contains(">Sign in<");
	}

	@Test
	void urduIsChosenByParameterRightToLeftAndRememberedInACookie() throws Exception {
		MvcResult switched = page("/login?lang=ur");
		assertThat(html(switched)).contains("<html lang=\"ur\" dir=\"rtl\">").contains(">سائن اِن<")
				.doesNotContain(">Sign in<");
		Cookie cookie = switched.getResponse().getCookie(Languages.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).startsWith("ur");
		assertThat(cookie.getMaxAge()).isGreaterThan(30 * 24 * 3600);
		assertThat(cookie.getPath()).isEqualTo("/");

		// The next request carries only the cookie, no parameter: still Urdu.
		assertThat(html(page("/login", cookie))).contains("dir=\"rtl\"").contains(">سائن اِن<");
		assertThat(html(page("/", cookie))).contains("<html lang=\"ur\" dir=\"rtl\">").contains("پروگرام کا جائزہ");
	}

	@Test
	void chineseIsSimplifiedLeftToRightAndSwitchingBackToEnglishOverwritesTheCookie() throws Exception {
		MvcResult chinese = page("/?lang=zh");
		assertThat(html(chinese)).contains("<html lang=\"zh\" dir=\"ltr\">").contains("计划概览");
		Cookie zh = chinese.getResponse().getCookie(Languages.COOKIE);
		assertThat(zh).isNotNull();
		assertThat(zh.getValue()).startsWith("zh");

		MvcResult english = page("/?lang=en", zh);
		assertThat(html(english)).contains("<html lang=\"en\" dir=\"ltr\">").contains("Programme overview");
		assertThat(english.getResponse().getCookie(Languages.COOKIE).getValue()).startsWith("en");
	}

	@Test
	void anUnsupportedLanguageIsIgnoredAndNotRemembered() throws Exception {
		MvcResult result = page("/login?lang=fr");
		assertThat(html(result)).contains("<html lang=\"en\" dir=\"ltr\">");
		assertThat(result.getResponse().getCookie(Languages.COOKIE)).isNull();
		// A forged cookie naming an unsupported language falls back to English too.
		assertThat(html(page("/login", new Cookie(Languages.COOKIE, "de")))).contains("<html lang=\"en\"");
	}

	@Test
	void withoutParameterOrCookieTheBrowsersPreferredSupportedLanguageIsUsed() throws Exception {
		String html = html(mvc.perform(get("/login").accept(MediaType.TEXT_HTML)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, zh-CN;q=0.8, en;q=0.5")).andReturn());
		assertThat(html).contains("<html lang=\"zh\"").contains(">登录<");
	}

	@Test
	void theSwitcherLinksToThisPageInEachLanguageKeepingItsQuery() throws Exception {
		String html = html(mvc.perform(get("/organisations?country=PK&lang=ur").accept(MediaType.TEXT_HTML)
				.with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD))).andExpect(status().isOk()).andReturn());
		assertThat(html).contains("href=\"/organisations?country=PK&amp;lang=en\"")
				.contains("href=\"/organisations?country=PK&amp;lang=zh\"")
				.contains("id=\"lang-ur\"")
				.containsPattern("id=\"lang-ur\"[^>]*aria-current=\"true\"");
	}

	@Autowired
	Fixtures fixtures;

	@Test
	void datesAndNumbersFollowTheLanguage() throws Exception {
		org.quadhub.quads.QuadDetails quad = fixtures.quad(fixtures.quartet());
		java.time.LocalDate proposed = quad.proposedAt().atZone(org.quadhub.QuadHubApplication.PROGRAMME_ZONE).toLocalDate();
		var admin = httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
		for (Languages language : Languages.all()) {
			String expected = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
					.withLocale(language.locale()).format(proposed);
			String html = html(mvc.perform(get("/quads/" + quad.id() + "?lang=" + language.code())
					.accept(MediaType.TEXT_HTML).with(admin)).andExpect(status().isOk()).andReturn());
			assertThat(html).as(language.code()).contains(expected);
		}
		String chinese = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
				.withLocale(Languages.ZH.locale()).format(proposed);
		assertThat(chinese).contains("年");
	}

	@Test
	void errorPagesSpeakTheLanguageToo() throws Exception {
		var admin = httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
		String chinese = mvc.perform(get("/quads/987654321?lang=zh").accept(MediaType.TEXT_HTML).with(admin))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(chinese).contains("<html lang=\"zh\"").contains(">未找到<").contains("该页面或记录不存在。");
		String urdu = mvc.perform(get("/quads/987654321?lang=ur").accept(MediaType.TEXT_HTML).with(admin))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(urdu).contains("dir=\"rtl\"").contains(">نہیں ملا<");
	}
}
