package org.quadhub.complexity;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@QuadHubTest
class ComplexityPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TradeDatasets datasets;

	long readyDataset() throws InterruptedException {
		TradeDataset d = datasets.importLong(Actor.system(), new ImportTradeDataset(Fixtures.unique("Pages"),
				"Generated for tests", "CC0", Classification.HS, null),
				new ByteArrayInputStream(TradeFiles.longCsv(21).getBytes(StandardCharsets.UTF_8)));
		for (int i = 0; i < 200 && datasets.find(Actor.system(), d.id()).status() != DatasetStatus.READY; i++) {
			Thread.sleep(100);
		}
		assertThat(datasets.find(Actor.system(), d.id()).status()).isEqualTo(DatasetStatus.READY);
		return d.id();
	}

	@Test
	void anAnalystSeesPakistansRankTheProductSpaceAndOpportunitiesThatOpenTheQuadForm() throws Exception {
		long id = readyDataset();
		String analyst = fixtures.user(Role.COMMITTEE);
		var login = httpBasic(analyst, Fixtures.PASSWORD);
		mvc.perform(get("/complexity").with(login).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Generated for tests")))
			.andExpect(content().string(not(containsString("import-form"))));
		mvc.perform(get("/complexity/" + id).with(login).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"home-rank\"")))
			.andExpect(content().string(matchesPattern("(?s).*<tr[^>]*(class=\"home\"[^>]*data-country=\"PAK\"|data-country=\"PAK\"[^>]*class=\"home\").*")))
			.andExpect(content().string(containsString("Pakistan")));
		mvc.perform(get("/complexity/" + id + "/product-space").with(login).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"product-space\"")))
			.andExpect(content().string(containsString("data-space=")))
			.andExpect(content().string(containsString("/js/complexity.js")));
		mvc.perform(get("/complexity/" + id + "/opportunities").param("anyPartner", "true").with(login)
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"opportunities\"")))
			.andExpect(content().string(containsString("/quads/new?name=QUAD")))
			.andExpect(content().string(containsString("China")));
		mvc.perform(get("/complexity/" + id + "/products/8542").with(login).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"partner-position\"")))
			.andExpect(content().string(containsString("Electronic integrated circuits")))
			// With partner matching present, a product also leads to proposed partners for its QUAD
			.andExpect(content().string(containsString("/matching?productCategory=SEMICONDUCTORS&amp;hsCodes=8542")));
	}

	@Test
	void theQuadFormOpensPrefilledFromAProduct() throws Exception {
		mvc.perform(get("/quads/new").param("name", "QUAD: Integrated circuits").param("productCategory", "SEMICONDUCTORS")
				.param("hsCodes", "8542").with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"QUAD: Integrated circuits\"")))
			.andExpect(content().string(containsString("value=\"8542\"")))
			.andExpect(content().string(containsString("value=\"SEMICONDUCTORS\" selected")));
	}

	@Test
	void theImportFormNamesBadRowsAndOnlyTheAuthorityMayImport() throws Exception {
		String bad = "year,country,product,value\n2020,PAK,6109,1\n2020,CHN,6109,x\n";
		mvc.perform(multipart("/complexity/datasets")
				.file(new MockMultipartFile("file", "bad.csv", "text/csv", bad.getBytes()))
				.param("name", Fixtures.unique("Form bad")).param("source", "s").param("licence", "l")
				.with(csrf()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-problem\"")))
			.andExpect(content().string(containsString("row 3")));
		mvc.perform(multipart("/complexity/datasets")
				.file(new MockMultipartFile("file", "good.csv", "text/csv", TradeFiles.longCsv(2).getBytes()))
				.param("name", Fixtures.unique("Form good")).param("source", "s").param("licence", "l")
				.with(csrf()).with(httpBasic(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrlPattern("/complexity?imported=*"));
		String committee = fixtures.user(Role.COMMITTEE);
		mvc.perform(multipart("/complexity/datasets")
				.file(new MockMultipartFile("file", "good.csv", "text/csv", TradeFiles.longCsv(2).getBytes()))
				.param("name", Fixtures.unique("Form committee")).param("source", "s").param("licence", "l")
				.with(csrf()).with(httpBasic(committee, Fixtures.PASSWORD)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		mvc.perform(get("/complexity").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}
}
