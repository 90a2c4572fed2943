import org.quadhub.complexity.calc.ComplexityResult;
import org.quadhub.complexity.calc.EconomicComplexity;
import org.quadhub.complexity.calc.ProximityMatrix;
import org.quadhub.complexity.calc.TradeMatrix;
import org.quadhub.complexity.calc.TradeTable;
import org.quadhub.complexity.data.ColumnMapping;
import org.quadhub.complexity.data.TradeFileReader;

import java.io.DataOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times the Java engine on one single-period file: every metric (RCA, M, ECI, PCI, density, COI, COG) plus the full
 * products x products proximity matrix. Reading the file is not timed (the numpy baselines do not time it either).
 * Usage: java -Xmx1g -cp target/classes bench/ComplexityBench.java FILE COLUMNS REPEATS OUTDIR
 */
public class ComplexityBench {

	public static void main(String[] args) throws IOException {
		TradeMatrix matrix;
		try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
			TradeTable table = new TradeFileReader(false).readLong(in, ColumnMapping.parse(args[1]));
			matrix = table.period(table.years().get(0));
		}
		int repeats = Integer.parseInt(args[2]);
		// Warm up until the JIT has compiled the hot loops (on the SITC input the times settle after about 15 runs).
		for (int i = 0; i < 30; i++) {
			run(matrix);
		}
		double[] times = new double[repeats];
		double[] cpu = new double[repeats];
		// Process CPU time: the engine runs two of its loops on a second thread, and numpy's BLAS uses threads too.
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		ComplexityResult result = null;
		for (int i = 0; i < repeats; i++) {
			long c0 = os.getProcessCpuTime();
			long t0 = System.nanoTime();
			result = run(matrix);
			times[i] = (System.nanoTime() - t0) / 1e9;
			cpu[i] = (os.getProcessCpuTime() - c0) / 1e9;
		}
		Arrays.sort(times);
		Arrays.sort(cpu);
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf("java engine: %d countries x %d products, median %.4f s (best %.4f s, median CPU time %.4f s) over %d runs; heap in use %d MB (max %d MB)%n",
				result.countryCount(), result.productCount(), times[repeats / 2], times[0], cpu[repeats / 2], repeats,
				heap >> 20, Runtime.getRuntime().maxMemory() >> 20);
		Path out = Path.of(args[3]);
		Files.createDirectories(out);
		int nc = result.countryCount();
		int np = result.productCount();
		double[] eci = new double[nc];
		double[] coi = new double[nc];
		double[] pci = new double[np];
		double[] density = new double[nc * np];
		double[] cog = new double[nc * np];
		double[] rca = new double[nc * np];
		for (int c = 0; c < nc; c++) {
			eci[c] = result.eci(c);
			coi[c] = result.coi(c);
			for (int p = 0; p < np; p++) {
				density[c * np + p] = result.density(c, p);
				cog[c * np + p] = result.cog(c, p);
				rca[c * np + p] = result.rca(c, p);
			}
		}
		for (int p = 0; p < np; p++) {
			pci[p] = result.pci(p);
		}
		write(out.resolve("eci.bin"), eci);
		write(out.resolve("coi.bin"), coi);
		write(out.resolve("pci.bin"), pci);
		write(out.resolve("density.bin"), density);
		write(out.resolve("cog.bin"), cog);
		write(out.resolve("rca.bin"), rca);
	}

	private static ComplexityResult run(TradeMatrix matrix) {
		ComplexityResult r = EconomicComplexity.compute(matrix);
		ProximityMatrix phi = r.proximity();
		if (phi.size() != r.productCount()) {
			throw new IllegalStateException();
		}
		return r;
	}

	private static void write(Path file, double[] values) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asDoubleBuffer().put(values);
		Files.write(file, buffer.array());
	}
}
