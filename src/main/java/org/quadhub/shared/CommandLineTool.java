package org.quadhub.shared;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A command run from the application jar without starting the web server, as in
 * {@code java -jar quadhub.jar NAME ARGS}. Implementations are plain Java, registered in
 * {@code META-INF/services/org.quadhub.shared.CommandLineTool}.
 */
public interface CommandLineTool {

	/** The first command-line argument that selects this tool. */
	String name();

	/** Runs the tool with the remaining arguments and returns the process exit code. */
	int run(List<String> args, PrintStream out, PrintStream err);

	static Optional<CommandLineTool> named(String name) {
		return ServiceLoader.load(CommandLineTool.class, CommandLineTool.class.getClassLoader()).stream()
				.map(ServiceLoader.Provider::get).filter(tool -> tool.name().equals(name)).findFirst();
	}
}
