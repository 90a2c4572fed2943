package org.quadhub.quads.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.ProposeQuad;
import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The form-a-QUAD fields, as the browser sends them. */
public class QuadForm {

	private String name = "";
	private @Nullable Sector productCategory;
	private String productDescription = "";
	private String hsCodes = "";
	private Map<PartnerRole, Long> partners = new HashMap<>();
	private @Nullable BigDecimal exportTargetUsd;
	private @Nullable Integer targetYears;

	ProposeQuad command() {
		List<String> codes = Arrays.stream(hsCodes == null ? new String[0] : hsCodes.split("[,;\\s]+"))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.toList();
		Map<PartnerRole, Long> seats = new EnumMap<>(PartnerRole.class);
		partners.forEach((role, id) -> {
			if (role != null && id != null) {
				seats.put(role, id);
			}
		});
		return new ProposeQuad(name, productCategory, productDescription, codes, seats, exportTargetUsd, targetYears);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public @Nullable Sector getProductCategory() { return productCategory; }
	public void setProductCategory(@Nullable Sector productCategory) { this.productCategory = productCategory; }
	public String getProductDescription() { return productDescription; }
	public void setProductDescription(String productDescription) { this.productDescription = productDescription; }
	public String getHsCodes() { return hsCodes; }
	public void setHsCodes(String hsCodes) { this.hsCodes = hsCodes; }
	public Map<PartnerRole, Long> getPartners() { return partners; }
	public void setPartners(Map<PartnerRole, Long> partners) { this.partners = partners; }
	public @Nullable BigDecimal getExportTargetUsd() { return exportTargetUsd; }
	public void setExportTargetUsd(@Nullable BigDecimal exportTargetUsd) { this.exportTargetUsd = exportTargetUsd; }
	public @Nullable Integer getTargetYears() { return targetYears; }
	public void setTargetYears(@Nullable Integer targetYears) { this.targetYears = targetYears; }
}
