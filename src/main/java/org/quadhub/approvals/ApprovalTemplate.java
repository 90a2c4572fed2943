package org.quadhub.approvals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One version of a route: editing a route adds a version, so running cases keep the steps they started with. */
@Entity
@Table(name = "approval_template")
class ApprovalTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String templateKey = "";
	private String name = "";

	@Column(name = "version_no")
	private int versionNo;

	private @Nullable String description;
	private String createdBy = "";
	private Instant createdAt = Instant.EPOCH;

	@OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<TemplateStep> steps = new ArrayList<>();

	protected ApprovalTemplate() {
	}

	ApprovalTemplate(String key, String name, int versionNo, @Nullable String description, String createdBy,
			Instant createdAt) {
		this.templateKey = key;
		this.name = name;
		this.versionNo = versionNo;
		this.description = description;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void add(TemplateStep step) {
		steps.add(step);
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("template not saved yet");
		}
		return id;
	}

	String key() {
		return templateKey;
	}

	String name() {
		return name;
	}

	int versionNo() {
		return versionNo;
	}

	@Nullable
	String description() {
		return description;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	List<TemplateStep> steps() {
		return steps;
	}
}
