package org.quadhub.approvals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "approval_agency")
class Agency {

	@Id
	private String code = "";

	private String name = "";

	protected Agency() {
	}

	Agency(String code, String name) {
		this.code = code;
		this.name = name;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}
}
