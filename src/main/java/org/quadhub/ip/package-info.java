/**
 * IP and technology transfer: agreements per QUAD with ownership shares, the joint patent register with
 * national-phase and annuity deadlines per office, technology-transfer milestones, deadline reminders in the IP
 * inbox, and register-based patent figures next to the figures QUADs report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cluster", "quads", "partners", "reporting" })
@org.jspecify.annotations.NullMarked
package org.quadhub.ip;
