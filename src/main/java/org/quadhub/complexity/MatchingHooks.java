package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;
import org.quadhub.matching.ProductSlots;
import org.quadhub.matching.ProductStrength;
import org.quadhub.matching.SlotRequest;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.HsCatalogue;
import org.quadhub.shared.HsCode;
import org.quadhub.shared.Sector;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What partner matching takes from trade data: the top products of the opportunity list as programme slots, and
 * China's strength in a product (its revealed comparative advantage in the product's HS codes, as {@code rca / (1 +
 * rca)}: 0.5 at RCA 1, 0.75 at RCA 3). Both read the latest READY dataset in the Harmonized System (latest by
 * completion, then import) that has both Pakistan and China; older ones are used only when a newer one lacks them.
 */
@Component
class MatchingHooks implements ProductSlots, ProductStrength {

	private final TradeDatasetStore store;
	private final ComplexityAnalysis analysis;
	private final HsCatalogue hs = HsCatalogue.standard();

	MatchingHooks(TradeDatasetStore store, ComplexityAnalysis analysis) {
		this.store = store;
		this.analysis = analysis;
	}

	/** READY HS datasets, newest first. */
	List<TradeDataset> candidates() {
		return store.all()
			.stream()
			.filter(d -> d.status() == DatasetStatus.READY && d.classification() == Classification.HS)
			.sorted(Comparator.comparing((TradeDataset d) -> d.completedAt() == null ? d.importedAt() : d.completedAt(),
					Comparator.<Instant>reverseOrder())
				.thenComparing(TradeDataset::id, Comparator.reverseOrder()))
			.toList();
	}

	@Override
	public List<SlotRequest> top(int count) {
		for (TradeDataset dataset : candidates()) {
			Opportunities led;
			try {
				led = analysis.opportunities(Actor.system(), dataset.id(), null, null, null, OpportunityWeights.DEFAULT,
						new ComplexityAnalysis.OpportunityFilter(null, null, null, true, count * 4));
			}
			catch (DomainProblem noPakistanOrChina) {
				continue;
			}
			List<SlotRequest> slots = new ArrayList<>();
			Set<String> taken = new LinkedHashSet<>();
			add(slots, taken, led, count);
			if (slots.size() < count) {
				// Too few products where China leads: fill up with the best of the rest.
				add(slots, taken, analysis.opportunities(Actor.system(), dataset.id(), null, null, null,
						OpportunityWeights.DEFAULT, new ComplexityAnalysis.OpportunityFilter(null, null, null, false,
								count * 4)),
						count);
			}
			return slots;
		}
		return List.of();
	}

	private void add(List<SlotRequest> slots, Set<String> taken, Opportunities opportunities, int count) {
		for (Opportunity o : opportunities.rows()) {
			if (slots.size() >= count) {
				return;
			}
			String code = hsCode(o.product());
			if (o.sector() == null || code == null || !taken.add(code)) {
				continue;
			}
			int rank = slots.size() + 1;
			String name = clip("Top product " + rank + ": " + code + " " + o.name(), 200);
			String description = clip(String.format(Locale.ROOT,
					"Opportunity %d in %s%s (score %.2f): Pakistan's RCA %.2f, density %.2f, PCI %.2f; China's RCA %.2f.",
					o.rank(), opportunities.dataset(), opportunities.year() == null ? "" : " " + opportunities.year(),
					o.score(), o.rca(), o.density(), o.pci(), o.partnerRca()), 2000);
			slots.add(new SlotRequest(name, o.sector(), description, List.of(code), List.of(), null, null));
		}
	}

	/** The dataset's product code as an HS code matching accepts, or null (not 4 or 6 digits, or unknown). */
	private @Nullable String hsCode(String product) {
		try {
			String code = HsCode.parse(product).code();
			return hs.contains(code) ? code : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	@Override
	public OptionalDouble strength(Sector sector, List<String> hsCodes) {
		for (TradeDataset dataset : candidates()) {
			double sum = 0;
			int found = 0;
			boolean usable = true;
			for (String code : hsCodes) {
				Double rca = null;
				for (String tried : code.length() > 4 ? List.of(code, code.substring(0, 4)) : List.of(code)) {
					try {
						ProductProfile profile = analysis.product(Actor.system(), dataset.id(), tried, null, null, null);
						if (profile.partner() == null || profile.home() == null) {
							usable = false;
						}
						else {
							rca = profile.partner().rca();
						}
						break;
					}
					catch (DomainProblem notInDataset) {
						if (notInDataset.kind() != DomainProblem.Kind.NOT_FOUND) {
							usable = false;
							break;
						}
					}
				}
				if (!usable) {
					break;
				}
				if (rca != null) {
					sum += rca;
					found++;
				}
			}
			if (!usable) {
				continue;
			}
			if (found == 0) {
				return OptionalDouble.empty();
			}
			double rca = sum / found;
			return OptionalDouble.of(rca / (1 + rca));
		}
		return OptionalDouble.empty();
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
