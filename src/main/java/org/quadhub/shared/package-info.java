/** Tiny shared kernel: value types and the problem vocabulary every module speaks. No HTTP types. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.quadhub.shared;
