/** Monte Carlo programme projection: can the QUADs reach USD 200 bn? Runs, presets, the API and the command line. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "quads", "incentives", "reporting" })
@org.jspecify.annotations.NullMarked
package org.quadhub.projection;
