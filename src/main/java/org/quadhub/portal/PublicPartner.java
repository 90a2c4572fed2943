package org.quadhub.portal;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.PartnerRole;
import org.quadhub.shared.Country;

/**
 * One partner of a QUAD as the public sees it: its seat, its name (with the Chinese and Urdu forms where the
 * registry holds them) and its country. Contacts, website and description are deliberately absent.
 */
public record PublicPartner(PartnerRole role, String name, @Nullable String nameZh, @Nullable String nameUr,
		Country country) {

	/** The name in the script of the reader's language where the registry has it, else the registered name. */
	public String displayName(@Nullable String language) {
		if ("zh".equals(language) && nameZh != null && !nameZh.isBlank()) {
			return nameZh;
		}
		if ("ur".equals(language) && nameUr != null && !nameUr.isBlank()) {
			return nameUr;
		}
		return name;
	}
}
