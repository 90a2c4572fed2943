package org.quadhub.approvals;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.util.List;

@Entity
@Table(name = "approval_template_step")
class TemplateStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "template_id")
	private @Nullable ApprovalTemplate template;

	private int position;
	private String code = "";
	private String name = "";
	private String agency = "";
	private @Nullable String unit;
	private @Nullable String requirements;
	private @Nullable String legalBasis;
	private int slaDays;
	private String dependsOn = "";
	private boolean optional;

	@Enumerated(EnumType.STRING)
	private LapseRule lapseRule = LapseRule.ESCALATE;

	protected TemplateStep() {
	}

	TemplateStep(ApprovalTemplate template, int position, NewTemplate.Step step) {
		this.template = template;
		this.position = position;
		this.code = step.code().trim();
		this.name = step.name().trim();
		this.agency = step.agency().trim();
		this.unit = step.unit();
		this.requirements = step.requirements();
		this.legalBasis = step.legalBasis();
		this.slaDays = step.slaDays();
		this.dependsOn = String.join(",", step.dependsOn() == null ? List.of() : step.dependsOn());
		this.optional = Boolean.TRUE.equals(step.optional());
		this.lapseRule = step.lapseRule();
	}

	int position() {
		return position;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	String agency() {
		return agency;
	}

	@Nullable
	String unit() {
		return unit;
	}

	@Nullable
	String requirements() {
		return requirements;
	}

	@Nullable
	String legalBasis() {
		return legalBasis;
	}

	int slaDays() {
		return slaDays;
	}

	List<String> dependsOn() {
		return Codes.split(dependsOn);
	}

	boolean optional() {
		return optional;
	}

	LapseRule lapseRule() {
		return lapseRule;
	}
}
