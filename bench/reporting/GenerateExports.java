import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes an export-lines CSV that QuadHub accepts: unique (period, hs_code, destination, unit) per line, months
 * cycling from a first month, every ISO country, units u0, u1, ... as needed. Values are seeded, so two runs give
 * the same file.
 *
 * java bench/reporting/GenerateExports.java OUT.csv LINES FIRST_MONTH MONTHS [SEED]
 */
public class GenerateExports {

	private static final String[] HS = { "870380", "850760", "851713", "854143" };

	public static void main(String[] args) throws IOException {
		if (args.length < 4) {
			System.err.println("usage: GenerateExports OUT.csv LINES FIRST_MONTH(YYYY-MM) MONTHS [SEED]");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		long lines = Long.parseLong(args[1]);
		YearMonth first = YearMonth.parse(args[2]);
		int months = Integer.parseInt(args[3]);
		SplittableRandom random = new SplittableRandom(args.length > 4 ? Long.parseLong(args[4]) : 20261129L);
		String[] countries = Locale.getISOCountries();
		String[] monthText = new String[months];
		for (int m = 0; m < months; m++) {
			monthText[m] = first.plusMonths(m).toString();
		}
		try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			w.write("period,hs_code,destination,value_usd,quantity,unit\n");
			StringBuilder line = new StringBuilder(64);
			for (long i = 0; i < lines; i++) {
				int month = (int) (i % months);
				long rest = i / months;
				int country = (int) (rest % countries.length);
				long rest2 = rest / countries.length;
				String hs = HS[(int) (rest2 % HS.length)];
				long unit = rest2 / HS.length;
				long cents = 100_000 + random.nextLong(50_000_000);
				line.setLength(0);
				line.append(monthText[month]).append(',').append(hs).append(',').append(countries[country]).append(',')
					.append(cents / 100).append('.').append(String.format("%02d", cents % 100)).append(',')
					.append(1 + random.nextInt(500)).append(",u").append(unit).append('\n');
				w.write(line.toString());
			}
		}
		System.out.println("wrote " + lines + " lines to " + out);
	}
}
