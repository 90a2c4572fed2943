package org.quadhub.web;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the UI: English (default), Urdu (right to left) and Simplified Chinese. Each has a short code
 * (the value of the lang request parameter and of the cookie) and the locale used for messages and formatting.
 */
public enum Languages {

	EN("en", Locale.ENGLISH, false),
	UR("ur", Locale.forLanguageTag("ur-PK"), true),
	ZH("zh", Locale.SIMPLIFIED_CHINESE, false);

	/** Name of the request parameter that switches the language, and of the cookie that remembers it. */
	public static final String PARAMETER = "lang";
	public static final String COOKIE = "quadhub-lang";

	private final String code;
	private final Locale locale;
	private final boolean rightToLeft;

	Languages(String code, Locale locale, boolean rightToLeft) {
		this.code = code;
		this.locale = locale;
		this.rightToLeft = rightToLeft;
	}

	public String code() {
		return code;
	}

	public Locale locale() {
		return locale;
	}

	public boolean rightToLeft() {
		return rightToLeft;
	}

	public static List<Languages> all() {
		return List.of(values());
	}

	/** The supported language of a locale (by its language only), or null when it is not one of ours. */
	public static @Nullable Languages of(@Nullable Locale locale) {
		if (locale == null) {
			return null;
		}
		for (Languages language : values()) {
			if (language.locale.getLanguage().equals(locale.getLanguage())) {
				return language;
			}
		}
		return null;
	}

	/** The supported language of a code such as en, ur, zh, zh-CN or ur_PK, or null. */
	public static @Nullable Languages ofCode(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return of(Locale.forLanguageTag(code.trim().replace('_', '-')));
	}

	/** The language shown for a locale: a supported one, else English. */
	public static Languages shown(@Nullable Locale locale) {
		Languages language = of(locale);
		return language == null ? EN : language;
	}
}
