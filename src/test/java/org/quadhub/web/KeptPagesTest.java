package org.quadhub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@QuadHubTest
class KeptPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	KeptPages kept;

	@Test
	void anonymousPublicPagesAreKeptAndSignedInPagesAreNot() throws Exception {
		int before = kept.size();
		mvc.perform(get("/?kept-pages-test=signed-in").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)))
			.andExpect(status().isOk());
		assertThat(kept.size()).isEqualTo(before);
		mvc.perform(get("/?kept-pages-test=anonymous")).andExpect(status().isOk());
		assertThat(kept.size()).isEqualTo(before + 1);
		mvc.perform(get("/?kept-pages-test=anonymous")).andExpect(status().isOk());
		assertThat(kept.size()).isEqualTo(before + 1);
		// pages that do not ask for it are rendered every time
		mvc.perform(get("/login?kept-pages-test=login")).andExpect(status().isOk());
		assertThat(kept.size()).isEqualTo(before + 1);
	}
}
