package org.quadhub.reporting.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.reporting.JobCategory;
import org.quadhub.reporting.PatentStage;
import org.quadhub.reporting.SubmitReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The web form of a report: a few export lines, jobs per category, one training programme, one patent, summary. */
public class ReportForm {

	static final int LINES = 6;

	private String period = "";
	private List<LineRow> lines = new ArrayList<>();
	private List<JobsRow> jobs = new ArrayList<>();
	private String programme = "";
	private @Nullable Integer peopleTrained;
	private @Nullable Integer womenTrained;
	private @Nullable PatentStage patentStage;
	private String patentOffice = "";
	private String patentNumber = "";
	private String patentTitle = "";
	private @Nullable BigDecimal productionValueUsd;
	private @Nullable BigDecimal localContentShare;
	private @Nullable BigDecimal investmentUsd;
	private @Nullable Integer curriculaUpdated;
	private @Nullable Integer publications;
	private @Nullable Integer prototypes;

	public ReportForm() {
		for (int i = 0; i < LINES; i++) {
			lines.add(new LineRow());
		}
		for (JobCategory category : JobCategory.values()) {
			JobsRow row = new JobsRow();
			row.setCategory(category);
			jobs.add(row);
		}
	}

	/** The report this form describes; blank rows are left out. */
	SubmitReport command() {
		List<SubmitReport.Line> exportLines = new ArrayList<>();
		for (LineRow line : lines) {
			if (!line.blank()) {
				exportLines.add(new SubmitReport.Line(null, line.getHsCode(), line.getDestination(), line.getValueUsd(),
						line.getQuantity(), line.getUnit()));
			}
		}
		List<SubmitReport.Jobs> employment = new ArrayList<>();
		for (JobsRow row : jobs) {
			if (row.getJobs() != null) {
				employment.add(new SubmitReport.Jobs(row.getCategory(), row.getJobs(), row.getWomen()));
			}
		}
		List<SubmitReport.Training> training = programme.isBlank() && peopleTrained == null ? List.of()
				: List.of(new SubmitReport.Training(programme, peopleTrained, womenTrained));
		List<SubmitReport.Patent> patents = patentNumber.isBlank() && patentOffice.isBlank() ? List.of()
				: List.of(new SubmitReport.Patent(patentStage, patentOffice, patentNumber,
						patentTitle.isBlank() ? null : patentTitle));
		return new SubmitReport(period, exportLines, productionValueUsd, localContentShare, investmentUsd, employment,
				training, curriculaUpdated, patents, publications, prototypes);
	}

	public static class LineRow {

		private String hsCode = "";
		private String destination = "";
		private @Nullable BigDecimal valueUsd;
		private @Nullable BigDecimal quantity;
		private String unit = "";

		boolean blank() {
			return hsCode.isBlank() && destination.isBlank() && valueUsd == null && quantity == null && unit.isBlank();
		}

		public String getHsCode() {
			return hsCode;
		}

		public void setHsCode(@Nullable String hsCode) {
			this.hsCode = hsCode == null ? "" : hsCode;
		}

		public String getDestination() {
			return destination;
		}

		public void setDestination(@Nullable String destination) {
			this.destination = destination == null ? "" : destination;
		}

		public @Nullable BigDecimal getValueUsd() {
			return valueUsd;
		}

		public void setValueUsd(@Nullable BigDecimal valueUsd) {
			this.valueUsd = valueUsd;
		}

		public @Nullable BigDecimal getQuantity() {
			return quantity;
		}

		public void setQuantity(@Nullable BigDecimal quantity) {
			this.quantity = quantity;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(@Nullable String unit) {
			this.unit = unit == null ? "" : unit;
		}
	}

	public static class JobsRow {

		private @Nullable JobCategory category;
		private @Nullable Integer jobs;
		private @Nullable Integer women;

		public @Nullable JobCategory getCategory() {
			return category;
		}

		public void setCategory(@Nullable JobCategory category) {
			this.category = category;
		}

		public @Nullable Integer getJobs() {
			return jobs;
		}

		public void setJobs(@Nullable Integer jobs) {
			this.jobs = jobs;
		}

		public @Nullable Integer getWomen() {
			return women;
		}

		public void setWomen(@Nullable Integer women) {
			this.women = women;
		}
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(@Nullable String period) {
		this.period = period == null ? "" : period;
	}

	public List<LineRow> getLines() {
		return lines;
	}

	public void setLines(List<LineRow> lines) {
		this.lines = lines;
	}

	public List<JobsRow> getJobs() {
		return jobs;
	}

	public void setJobs(List<JobsRow> jobs) {
		this.jobs = jobs;
	}

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(@Nullable String programme) {
		this.programme = programme == null ? "" : programme;
	}

	public @Nullable Integer getPeopleTrained() {
		return peopleTrained;
	}

	public void setPeopleTrained(@Nullable Integer peopleTrained) {
		this.peopleTrained = peopleTrained;
	}

	public @Nullable Integer getWomenTrained() {
		return womenTrained;
	}

	public void setWomenTrained(@Nullable Integer womenTrained) {
		this.womenTrained = womenTrained;
	}

	public @Nullable PatentStage getPatentStage() {
		return patentStage;
	}

	public void setPatentStage(@Nullable PatentStage patentStage) {
		this.patentStage = patentStage;
	}

	public String getPatentOffice() {
		return patentOffice;
	}

	public void setPatentOffice(@Nullable String patentOffice) {
		this.patentOffice = patentOffice == null ? "" : patentOffice;
	}

	public String getPatentNumber() {
		return patentNumber;
	}

	public void setPatentNumber(@Nullable String patentNumber) {
		this.patentNumber = patentNumber == null ? "" : patentNumber;
	}

	public String getPatentTitle() {
		return patentTitle;
	}

	public void setPatentTitle(@Nullable String patentTitle) {
		this.patentTitle = patentTitle == null ? "" : patentTitle;
	}

	public @Nullable BigDecimal getProductionValueUsd() {
		return productionValueUsd;
	}

	public void setProductionValueUsd(@Nullable BigDecimal productionValueUsd) {
		this.productionValueUsd = productionValueUsd;
	}

	public @Nullable BigDecimal getLocalContentShare() {
		return localContentShare;
	}

	public void setLocalContentShare(@Nullable BigDecimal localContentShare) {
		this.localContentShare = localContentShare;
	}

	public @Nullable BigDecimal getInvestmentUsd() {
		return investmentUsd;
	}

	public void setInvestmentUsd(@Nullable BigDecimal investmentUsd) {
		this.investmentUsd = investmentUsd;
	}

	public @Nullable Integer getCurriculaUpdated() {
		return curriculaUpdated;
	}

	public void setCurriculaUpdated(@Nullable Integer curriculaUpdated) {
		this.curriculaUpdated = curriculaUpdated;
	}

	public @Nullable Integer getPublications() {
		return publications;
	}

	public void setPublications(@Nullable Integer publications) {
		this.publications = publications;
	}

	public @Nullable Integer getPrototypes() {
		return prototypes;
	}

	public void setPrototypes(@Nullable Integer prototypes) {
		this.prototypes = prototypes;
	}
}
