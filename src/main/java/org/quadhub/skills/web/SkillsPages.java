package org.quadhub.skills.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;
import org.quadhub.skills.GapRow;
import org.quadhub.skills.GraduateYear;
import org.quadhub.skills.ProgrammeCommand;
import org.quadhub.skills.SkillCategory;
import org.quadhub.skills.SkillsPipeline;
import org.quadhub.skills.SkillsView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** A QUAD's skills page: the gap chart and table, the plan's demand (CSV upload) and the programmes. */
@Controller
class SkillsPages {

	private final SkillsPipeline skills;
	private final Partners partners;
	private final JsonMapper json;
	private final MessageSource messages;

	SkillsPages(SkillsPipeline skills, Partners partners, JsonMapper json, MessageSource messages) {
		this.skills = skills;
		this.partners = partners;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/quads/{id}/skills")
	String page(Actor actor, @PathVariable long id, Model model) {
		return show(actor, id, model, null);
	}

	@PostMapping("/quads/{id}/skills/demand")
	String demand(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String csv, Model model) throws IOException {
		try {
			String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
			skills.importDemand(actor, id, text);
			return "redirect:/quads/" + id + "/skills?saved";
		}
		catch (DomainProblem problem) {
			return show(actor, id, model, problem);
		}
	}

	@PostMapping("/quads/{id}/skills/programmes")
	String programme(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form, Model model) {
		try {
			List<GraduateYear> graduates = new ArrayList<>();
			for (int i = 1; i <= 5; i++) {
				String year = form.getOrDefault("gradYear" + i, "").trim();
				String count = form.getOrDefault("gradCount" + i, "").trim();
				if (!year.isEmpty() || !count.isEmpty()) {
					graduates.add(new GraduateYear(number(year, "graduates[" + (i - 1) + "].year"),
							number(count, "graduates[" + (i - 1) + "].graduates")));
				}
			}
			String category = form.getOrDefault("category", "");
			String university = form.getOrDefault("universityId", "");
			skills.addProgramme(actor, id, new ProgrammeCommand(
					university.isBlank() ? null : Long.valueOf(number(university, "universityId")), form.get("name"),
					category.isBlank() ? null : SkillCategory.valueOf(category), null,
					number(form.getOrDefault("enrolment", ""), "enrolment"), graduates,
					"true".equals(form.get("curriculumRevised")), date(form.get("revisedOn")), null));
			return "redirect:/quads/" + id + "/skills?saved";
		}
		catch (DomainProblem problem) {
			return show(actor, id, model, problem);
		}
		catch (IllegalArgumentException e) {
			return show(actor, id, model, DomainProblem.invalid("category", "is not one of the choices"));
		}
	}

	private String show(Actor actor, long id, Model model, @Nullable DomainProblem problem) {
		if (problem != null && (problem.kind() == DomainProblem.Kind.NOT_FOUND
				|| problem.kind() == DomainProblem.Kind.FORBIDDEN)) {
			throw problem;
		}
		SkillsView view = skills.view(actor, id);
		model.addAttribute("view", view);
		model.addAttribute("categories", SkillCategory.values());
		model.addAttribute("years", new TreeSet<>(view.gap().stream().map(GapRow::year).toList()));
		model.addAttribute("chartData", json.writeValueAsString(chart(view)));
		if (view.mayEdit()) {
			List<OrganisationDetails> universities = new ArrayList<>(partners.directory(Country.PK, OrganisationKind.ACADEMIA));
			universities.addAll(partners.directory(Country.CN, OrganisationKind.ACADEMIA));
			model.addAttribute("universities", universities);
		}
		model.addAttribute("error", problem);
		return "skills/quad";
	}

	/** Years, and per category the gap per year, with translated labels for the chart script. */
	private Map<String, Object> chart(SkillsView view) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Integer> years = new ArrayList<>(new TreeSet<>(view.gap().stream().map(GapRow::year).toList()));
		List<Map<String, Object>> series = new ArrayList<>();
		for (SkillCategory category : SkillCategory.values()) {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("name", messages.getMessage("skills.category." + category, null, category.name(), locale));
			s.put("gap", years.stream().map(y -> view.gap().stream()
				.filter(g -> g.year() == y && g.category() == category).mapToInt(GapRow::gap).sum()).toList());
			series.add(s);
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("years", years);
		data.put("series", series);
		return data;
	}

	private static Integer number(String text, String field) {
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			throw DomainProblem.invalid(field, "must be a whole number");
		}
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw DomainProblem.invalid("revisedOn", "must be a date (YYYY-MM-DD)");
		}
	}
}
