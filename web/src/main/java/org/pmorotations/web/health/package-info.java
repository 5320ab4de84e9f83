/**
 * What operators watch: MicroProfile Health checks (readiness reports the database and its schema
 * version, and DOWN once the server is stopping) and MicroProfile Metrics (the changes to
 * rotations committed, beside the server's own figures).
 */
package org.pmorotations.web.health;
